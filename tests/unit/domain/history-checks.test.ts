import { describe, expect, it } from 'vitest';
import { addSat, DAY_LIMITS, DAY_SECONDS, emptyDay, isDayKey } from '@/utils/domain/history';
import { checkHistory } from '@/utils/domain/history-checks';

describe('what a day can hold', () => {
  const NOW = new Date(2026, 2, 14, 12).getTime();

  it('takes only real calendar dates', () => {
    expect(['2026-02-28', '2024-02-29', '2026-12-31'].every(isDayKey)).toBe(true);
    expect(['2026-02-30', '2025-02-29', '9999-99-99', '2026-13-01', '2026-1-01', ''].some(isDayKey)).toBe(false);
  });

  it('refuses figures no day can hold when they come from outside', () => {
    const day = { ...emptyDay(), satSeconds: 60 };
    const { history, skipped } = checkHistory(
      {
        '2026-03-13': day,
        '2026-03-12': { ...day, satSeconds: DAY_SECONDS + 1 },
        '2026-03-11': { ...day, postureAnswered: DAY_LIMITS.postureAnswered + 1 },
        '2026-03-10': { ...day, exercises: { 'wall-squat': { sets: 2, bestHold: 1 } } },
        '2026-03-15': day,
      },
      NOW,
    );
    expect(Object.keys(history)).toEqual(['2026-03-13']);
    expect(skipped).toEqual(['2026-03-12', '2026-03-11', '2026-03-10', '2026-03-15']);
  });

  it('keeps its own stored days with figures over a limit brought within it', () => {
    const stored = {
      '2026-03-13': { ...emptyDay(), satSeconds: 90_000, exercises: { plank: { sets: 3, bestHold: 75 } } },
    };
    expect(checkHistory(stored, NOW, true).history['2026-03-13']).toMatchObject({
      satSeconds: DAY_SECONDS,
      exercises: { plank: { sets: 3, bestHold: 60 } },
    });
  });

  it('keeps what it can read of its own damaged day, and no more than that', () => {
    const damaged = {
      ...emptyDay(),
      blocksCompleted: 5,
      satSeconds: 9000,
      postureIgnored: '2',
      breaksCompleted: -1,
      exercises: { plank: { sets: 3, bestHold: 30 }, rotation: 'done', squats: { sets: 1, bestHold: 10 } },
    };
    const stored = { '2026-03-13': damaged, '2026-03-12': { satSeconds: 60 } };
    const { history, skipped } = checkHistory(stored, NOW, true);
    expect(history).toEqual({
      '2026-03-13': {
        ...emptyDay(),
        blocksCompleted: 5,
        satSeconds: 9000,
        exercises: { plank: { sets: 3, bestHold: 30 } },
      },
    });
    // No longer the shape of a day: nothing in it is worth keeping.
    expect(skipped).toEqual(['2026-03-12']);
    // From outside, the same day is refused whole.
    expect(checkHistory(stored, NOW).skipped).toEqual(['2026-03-13', '2026-03-12']);
  });

  it('caps a day as it is written, so a full day stays readable', () => {
    const at = new Date(2026, 2, 13, 23, 0).getTime();
    const full = { '2026-03-13': { ...emptyDay(), satSeconds: DAY_SECONDS - 10 } };
    const written = addSat(full, at - 30 * 60_000, at);
    expect(written['2026-03-13']?.satSeconds).toBe(DAY_SECONDS);
    expect(checkHistory(written, NOW).skipped).toEqual([]);
  });
});
