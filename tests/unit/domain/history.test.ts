import { describe, expect, it } from 'vitest';
import { EXERCISE_IDS } from '@/utils/domain/exercise-ids';
import {
  type DayRecord,
  dayKey,
  emptyDay,
  type History,
  isBreakResult,
  KEEP_DAYS,
  pruneHistory,
  recordBreak,
} from '@/utils/domain/history';
import { checkHistory } from '@/utils/domain/history-checks';

/** chrome.storage.local holds 10 MB for an extension without the unlimitedStorage permission. */
const LOCAL_QUOTA_BYTES = 10 * 1024 * 1024;

/** A day with every field at the largest figure a busy day could reach. */
function fullDay(): DayRecord {
  return {
    satSeconds: 86_400,
    blocksCompleted: 999,
    blocksEndedEarly: 999,
    postureAnswered: 9999,
    postureSnoozed: 9999,
    postureIgnored: 9999,
    breaksCompleted: 999,
    exercises: Object.fromEntries(EXERCISE_IDS.map((id) => [id, { sets: 999, bestHold: 599.5 }])),
  };
}

/** What the browser counts against the quota: the key and its value as JSON. */
function storedBytes(key: string, value: unknown): number {
  return new TextEncoder().encode(key + JSON.stringify(value)).length;
}

describe('history retention', () => {
  const now = new Date(2027, 0, 15, 12).getTime();

  function everyDay(days: number): History {
    const history: History = {};
    for (let back = 0; back < days; back++) {
      const date = new Date(now);
      date.setDate(date.getDate() - back);
      history[dayKey(date.getTime())] = fullDay();
    }
    return history;
  }

  it('keeps two years of days and rolls older ones off', () => {
    const pruned = pruneHistory(everyDay(KEEP_DAYS + 60), now);
    const keys = Object.keys(pruned).sort();
    expect(keys).toHaveLength(KEEP_DAYS + 1);
    expect(keys[0]).toBe('2025-01-14');
    expect(keys.at(-1)).toBe('2027-01-15');
  });

  it('stays well under the local storage quota with every day of two years full', () => {
    const history = pruneHistory(everyDay(KEEP_DAYS + 60), now);
    const bytes = storedBytes('history', history);
    expect(bytes).toBeGreaterThan(KEEP_DAYS * 200);
    expect(bytes).toBeLessThan(LOCAL_QUOTA_BYTES / 20);
  });
});

describe("the person's own exercises in the history", () => {
  const at = new Date(2025, 5, 2, 10).getTime();

  it('records them by id beside the built-in ones', () => {
    const result = {
      completed: true,
      exercises: [
        { id: 'custom-b1rd', sets: 2, holdSeconds: 10 },
        { id: 'plank', sets: 0, holdSeconds: 25 },
      ],
    };
    expect(isBreakResult(result)).toBe(true);
    const day = recordBreak({}, at, result)[dayKey(at)];
    expect(day?.exercises).toEqual({ 'custom-b1rd': { sets: 2, bestHold: 10 } });
    expect(checkHistory({ [dayKey(at)]: day }, at).skipped).toEqual([]);
  });

  it('refuses ids that are neither built in nor own', () => {
    expect(isBreakResult({ completed: true, exercises: [{ id: '<b>x</b>', sets: 1, holdSeconds: 5 }] })).toBe(false);
    const day = { ...emptyDay(), exercises: { 'custom-<b>': { sets: 1, bestHold: 5 } } };
    expect(checkHistory({ '2025-06-02': day }, new Date(2025, 5, 3).getTime()).skipped).toEqual(['2025-06-02']);
  });
});
