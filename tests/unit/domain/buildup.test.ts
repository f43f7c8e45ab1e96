import { describe, expect, it } from 'vitest';
import { afterBlock, BLOCKS_BEFORE_LONGER, suggestedMinutes } from '@/utils/domain/buildup';

describe('afterBlock', () => {
  it('counts finished blocks at the current length', () => {
    let run = { minutes: 30, inARow: 0 };
    for (let i = 0; i < 3; i++) run = afterBlock(run, 'completed', 30, 30);
    expect(run).toEqual({ minutes: 30, inARow: 3 });
  });

  it('starts again after a block ended early', () => {
    expect(afterBlock({ minutes: 30, inARow: 4 }, 'early', 12, 30)).toEqual({ minutes: 30, inARow: 0 });
  });

  it('neither counts nor breaks a finished block of another length, such as five more minutes', () => {
    expect(afterBlock({ minutes: 30, inARow: 4 }, 'completed', 5, 30)).toEqual({ minutes: 30, inARow: 4 });
  });

  it('starts a new run when the block length changes', () => {
    expect(afterBlock({ minutes: 30, inARow: 6 }, 'completed', 35, 35)).toEqual({ minutes: 35, inARow: 1 });
    // A block begun before the change still ran at the old length: it does not count at the new one.
    expect(afterBlock({ minutes: 30, inARow: 6 }, 'completed', 30, 35)).toEqual({ minutes: 35, inARow: 0 });
  });
});

describe('suggestedMinutes', () => {
  it('suggests five more minutes after several finished blocks in a row', () => {
    expect(suggestedMinutes({ minutes: 30, inARow: BLOCKS_BEFORE_LONGER - 1 }, 30)).toBeNull();
    expect(suggestedMinutes({ minutes: 30, inARow: BLOCKS_BEFORE_LONGER }, 30)).toBe(35);
    expect(suggestedMinutes({ minutes: 30, inARow: 12 }, 30)).toBe(35);
  });

  it('stops at an hour', () => {
    expect(suggestedMinutes({ minutes: 58, inARow: 5 }, 58)).toBe(60);
    expect(suggestedMinutes({ minutes: 60, inARow: 9 }, 60)).toBeNull();
    expect(suggestedMinutes({ minutes: 90, inARow: 9 }, 90)).toBeNull();
  });

  it('says nothing once the length was changed, until a new run is made', () => {
    expect(suggestedMinutes({ minutes: 30, inARow: 5 }, 35)).toBeNull();
  });
});
