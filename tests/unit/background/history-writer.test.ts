import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { recordBreakResult } from '@/utils/background/dispatch';
import { loadWholeHistory, openHistory } from '@/utils/background/history-writer';
import { importBackup } from '@/utils/background/import-backup';
import { computeGlance, nextGlance } from '@/utils/domain/glance';
import { type DayRecord, dayKey, emptyDay, type History, KEEP_DAYS, pruneHistory } from '@/utils/domain/history';
import { keyOfIndex, todayIndex } from '@/utils/domain/local-days';
import { DEFAULT_SETTINGS } from '@/utils/domain/settings';
import { dayItemKey, keptDays } from '@/utils/storage/history-days';
import { glanceItem, historyItem } from '@/utils/storage/items';
import { longHistory } from '../../helpers/long-history';
import { random } from '../../helpers/random';

const NOW = new Date(2026, 10, 23, 15, 0, 0).getTime();
const TODAY = dayKey(NOW);
const BREAK = { completed: true, exercises: [{ id: 'plank' as const, sets: 2, holdSeconds: 35 }] };

/** `storage.local` names keys without the area. */
const bare = (key: string) => key.slice('local:'.length);

function daysAgo(n: number): string {
  return keyOfIndex(todayIndex(NOW) - n);
}

async function storedLocal(): Promise<Record<string, unknown>> {
  return fakeBrowser.storage.local.get(null);
}

/** Every key and value the next history event writes to `storage.local`. */
async function writesOf(event: () => Promise<void>): Promise<Record<string, unknown>> {
  const writes: Record<string, unknown> = {};
  const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
  vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items) => {
    Object.assign(writes, items);
    return set(items);
  });
  await event();
  return writes;
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});

afterEach(() => {
  vi.useRealTimers();
});

describe('a history kept as one item by an older version', () => {
  it('moves to one item per day, two years of it, through the versioned migration', async () => {
    const whole: History = { ...longHistory(NOW), [daysAgo(KEEP_DAYS + 3)]: { ...emptyDay(), blocksCompleted: 9 } };
    await fakeBrowser.storage.local.set({ history: whole });
    openHistory();
    const kept = pruneHistory(whole, NOW);
    expect(Object.keys(kept)).toHaveLength(KEEP_DAYS);
    expect(await loadWholeHistory()).toEqual(kept);

    const stored = await storedLocal();
    expect(stored.history).toEqual({ from: daysAgo(KEEP_DAYS - 1) });
    expect(stored.history$).toEqual({ v: 2 });
    expect(stored[bare(dayItemKey(TODAY))]).toEqual(whole[TODAY]);
    expect(stored[bare(dayItemKey(daysAgo(KEEP_DAYS + 3)))]).toBeUndefined();
    expect(await glanceItem.getValue()).toEqual(computeGlance(kept, NOW));
  });

  it('keeps the readable days of a damaged one and drops the rest', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const good = { ...emptyDay(), blocksCompleted: 1 };
    await fakeBrowser.storage.local.set({ history: { [TODAY]: good, [daysAgo(1)]: { satSeconds: 'lots' } } });
    openHistory();
    expect(await loadWholeHistory()).toEqual({ [TODAY]: good });
    expect(warn).toHaveBeenCalledWith(expect.stringContaining(daysAgo(1)));
  });
});

describe('a history event', () => {
  beforeEach(async () => {
    await fakeBrowser.storage.local.set({ history: longHistory(NOW) });
    openHistory();
    await loadWholeHistory();
  });

  it('writes only its own day and the popup’s figures, however long the history', async () => {
    const before = (await historyItem.getValue())[TODAY] as DayRecord;
    const writes = await writesOf(() => recordBreakResult(BREAK, () => NOW));
    expect(Object.keys(writes).sort()).toEqual(['glance', bare(dayItemKey(TODAY))]);
    expect(writes[bare(dayItemKey(TODAY))]).toEqual({
      ...before,
      breaksCompleted: before.breaksCompleted + 1,
      exercises: { ...before.exercises, plank: { sets: (before.exercises.plank?.sets ?? 0) + 2, bestHold: 35 } },
    });
    expect(writes.glance).toEqual(computeGlance(await loadWholeHistory(), NOW));
    expect(JSON.stringify(writes).length).toBeLessThan(1000);
  });

  it('keeps the rest of a stored day that has one unreadable figure', async () => {
    const damaged = { ...emptyDay(), blocksCompleted: 5, breaksCompleted: 4, satSeconds: 9000, postureIgnored: '2' };
    await fakeBrowser.storage.local.set({ [bare(dayItemKey(TODAY))]: damaged });
    await recordBreakResult(BREAK, () => NOW);
    expect((await storedLocal())[bare(dayItemKey(TODAY))]).toEqual({
      ...emptyDay(),
      blocksCompleted: 5,
      breaksCompleted: 5,
      satSeconds: 9000,
      exercises: { plank: { sets: 2, bestHold: 35 } },
    });
  });

  it('removes the days that fell out of the history since the last write', async () => {
    const later = NOW + 3 * 86_400_000;
    vi.setSystemTime(later);
    await recordBreakResult(BREAK, () => later);
    const stored = await storedLocal();
    const oldest = keptDays(later)[0] as string;
    expect(stored.history).toEqual({ from: oldest });
    const dayKeys = Object.keys(stored).filter((key) => key.startsWith('history:'));
    expect(dayKeys.sort()[0]).toBe(bare(dayItemKey(oldest)));
    // The stored days still kept three days on, and the new one.
    expect(dayKeys).toHaveLength(KEEP_DAYS - 2 + 1);
  });

  it('merges an import day by day and works the streak out again from every day', async () => {
    const gap = daysAgo(5);
    await fakeBrowser.storage.local.remove(bare(dayItemKey(gap)));
    const broken = await loadWholeHistory();
    await glanceItem.setValue(computeGlance(broken, NOW));
    expect((await glanceItem.getValue())?.streak).toBe(5);
    await importBackup('gap', {
      history: { [gap]: { ...emptyDay(), blocksCompleted: 1 } },
      settings: DEFAULT_SETTINGS,
      customExercises: [],
    });
    expect((await glanceItem.getValue())?.streak).toBe(KEEP_DAYS);
    expect((await loadWholeHistory())[gap]?.blocksCompleted).toBe(1);
  });
});

describe('the popup’s figures after a change to today', () => {
  it('match the ones worked out from the whole history', () => {
    const next = random(11);
    for (let run = 0; run < 300; run++) {
      // The glance was last worked out 0 to 2 days ago, and nothing was recorded since.
      const daysSince = Math.floor(next() * 3);
      const then = NOW - daysSince * 86_400_000;
      const history: History = {};
      for (let back = 1; back <= 12; back++) {
        if (next() < 0.7) history[daysAgo(daysSince + back)] = { ...emptyDay(), blocksCompleted: next() < 0.8 ? 1 : 0 };
      }
      if (daysSince === 0 && next() < 0.5) history[TODAY] = { ...emptyDay(), blocksCompleted: next() < 0.5 ? 1 : 0 };
      const glance = computeGlance(history, then);
      const today: DayRecord = { ...emptyDay(), satSeconds: 600, blocksCompleted: next() < 0.5 ? 1 : 0 };
      const after = { ...history, [TODAY]: today };
      expect(nextGlance(glance, today, NOW), `run ${run}`).toEqual(computeGlance(after, NOW));
    }
  });
});
