import { describe, expect, it } from 'vitest';
import { dayKey, emptyDay } from '@/utils/domain/history';
import { hoursAndMinutes, todaySummary } from '@/utils/domain/today';

const NOW = new Date(2026, 4, 12, 15, 30).getTime();

describe('todaySummary', () => {
  it('reads only the local day that contains now', () => {
    const yesterday = new Date(2026, 4, 11, 23, 59).getTime();
    const history = {
      [dayKey(NOW)]: {
        ...emptyDay(),
        satSeconds: 95 * 60 + 59,
        blocksCompleted: 3,
        blocksEndedEarly: 4,
        breaksCompleted: 2,
      },
      [dayKey(yesterday)]: { ...emptyDay(), satSeconds: 600, blocksCompleted: 7, breaksCompleted: 7 },
    };
    expect(todaySummary(history, NOW)).toEqual({ minutes: 96, blocks: 3, breaks: 2 });
  });

  it('is all zeros on a day with nothing recorded', () => {
    expect(todaySummary({}, NOW)).toEqual({ minutes: 0, blocks: 0, breaks: 0 });
  });

  it('starts afresh at local midnight', () => {
    const lateEvening = new Date(2026, 4, 12, 23, 59, 59).getTime();
    const history = { [dayKey(lateEvening)]: { ...emptyDay(), satSeconds: 3600, blocksCompleted: 1 } };
    expect(todaySummary(history, lateEvening).minutes).toBe(60);
    expect(todaySummary(history, lateEvening + 1000)).toEqual({ minutes: 0, blocks: 0, breaks: 0 });
  });
});

describe('hoursAndMinutes', () => {
  it('splits minutes for display', () => {
    expect(hoursAndMinutes(0)).toEqual({ hours: 0, minutes: 0 });
    expect(hoursAndMinutes(59)).toEqual({ hours: 0, minutes: 59 });
    expect(hoursAndMinutes(60)).toEqual({ hours: 1, minutes: 0 });
    expect(hoursAndMinutes(131)).toEqual({ hours: 2, minutes: 11 });
  });
});
