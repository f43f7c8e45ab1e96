import { describe, expect, it } from 'vitest';
import { EXERCISE_IDS } from '@/utils/domain/exercise-ids';
import {
  addSat,
  DAY_LIMITS,
  DAY_SECONDS,
  type DayRecord,
  dayKey,
  emptyDay,
  type History,
  isDayKey,
  KEEP_DAYS,
  pruneHistory,
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

  it('caps a day as it is written, so a full day stays readable', () => {
    const at = new Date(2026, 2, 13, 23, 0).getTime();
    const full = { '2026-03-13': { ...emptyDay(), satSeconds: DAY_SECONDS - 10 } };
    const written = addSat(full, at - 30 * 60_000, at);
    expect(written['2026-03-13']?.satSeconds).toBe(DAY_SECONDS);
    expect(checkHistory(written, NOW).skipped).toEqual([]);
  });
});
