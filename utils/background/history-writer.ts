/**
 * The background's writes to the daily history. A change reads only the days it touches and
 * writes back the ones that changed, with the popup's glance worked out from the glance before,
 * so an event costs the same with one day or two years stored.
 */
import { storage } from '#imports';
import { computeGlance, isGlance, nextGlance } from '@/utils/domain/glance';
import { dayKey, emptyDay, type History, pruneHistory } from '@/utils/domain/history';
import { checkHistory } from '@/utils/domain/history-checks';
import { isActiveDay } from '@/utils/domain/streaks';
import { saveHistory } from '@/utils/storage/glance';
import { dayItemKey, dayRange, keptDays, readDays } from '@/utils/storage/history-days';
import { glanceItem, HISTORY_KEY } from '@/utils/storage/items';
import { loadHistory, readableHistory } from '@/utils/storage/read-history';

interface HistoryIndex {
  /** The oldest day that may still have an item; days fall out of the history from here on. */
  from: string;
}

/** Version 1 was the whole history as one object: each day moves to its own item. */
async function splitIntoDays(whole: unknown): Promise<HistoryIndex> {
  const now = Date.now();
  const kept = pruneHistory(readableHistory(whole, now), now);
  await saveHistory(kept, now);
  return { from: Object.keys(kept).sort()[0] ?? dayKey(now) };
}

function defineHistoryIndex() {
  return storage.defineItem<HistoryIndex | null>(HISTORY_KEY, {
    fallback: null,
    version: 2,
    migrations: { 2: splitIntoDays },
  });
}

interface OpenedHistory {
  item: ReturnType<typeof defineHistoryIndex>;
  /** Where the days begin: read as the background starts, after any move, then kept up to date here. */
  start: Promise<HistoryIndex | null>;
}

let opened: OpenedHistory | undefined;

/**
 * Defines the item that says where the history's days begin, which runs the one-time move to
 * items per day. The background does it as it starts, so the move is done before its first read
 * or write of the history; pages never define it, so the move runs in the background alone.
 */
export function openHistory(): OpenedHistory {
  const item = defineHistoryIndex();
  opened = { item, start: item.getValue() };
  return opened;
}

const history = () => opened ?? openHistory();

/** The whole history, once any move to items per day is done. */
export async function loadWholeHistory(): Promise<History> {
  await history().start;
  return loadHistory();
}

/** A local item written in the same call as the days, so both land or neither does. */
export type Alongside = { key: `local:${string}`; value: unknown };

/**
 * Applies `change` to the stored records of `days` (the days it may touch) and stores the days
 * that changed and the glance, with any `alongside` items; days that fell out of the history
 * since the last write go. Stored days are read with figures over a limit brought within it,
 * so a write never replaces a real day with a near-empty one.
 */
export async function changeDays(
  days: string[],
  change: (history: History) => History,
  now: number,
  alongside: Alongside[] = [],
): Promise<void> {
  const started = performance.now();
  const oldest = keptDays(now)[0] ?? dayKey(now);
  const wanted = days.filter((day) => day >= oldest);
  // Waits for any move to items per day.
  const { item, start: starting } = history();
  const start = await starting;
  const [stored, glance] = await Promise.all([readDays(wanted), glanceItem.getValue()]);
  const before = checkHistory(stored, now, true).history;
  const after = change(before);
  const changed = Object.keys(after).filter((day) => after[day] !== before[day] && day >= oldest);
  if (changed.length === 0) {
    if (alongside.length > 0) await storage.setItems(alongside);
    return;
  }
  const today = dayKey(now);
  // A past day that became active or stopped being so changes the streak: only the whole history knows it.
  const pastActivity = changed.some((day) => day !== today && isActiveDay(before[day]) !== isActiveDay(after[day]));
  const quick = !pastActivity && isGlance(glance) ? nextGlance(glance, after[today], now) : null;
  const written: History = {};
  for (const day of changed) written[day] = after[day] ?? emptyDay();
  const nextGlanceValue = quick ?? computeGlance({ ...(await loadHistory(now)), ...written }, now);
  // One call, so the days and the glance never disagree.
  await storage.setItems([
    ...Object.entries(written).map(([day, record]) => ({ key: dayItemKey(day), value: record })),
    { key: glanceItem.key, value: nextGlanceValue },
    ...alongside,
  ]);
  const from = [start?.from ?? oldest, ...changed].sort()[0] ?? oldest;
  if (from < oldest) {
    const dropped = dayRange(from, oldest).filter((day) => day < oldest);
    await storage.removeItems(dropped.map(dayItemKey));
  }
  const nextFrom = from < oldest ? oldest : from;
  if (start?.from !== nextFrom) {
    await item.setValue({ from: nextFrom });
    opened = { item, start: Promise.resolve({ from: nextFrom }) };
  }
  // For anyone timing history events (`npm run bench` does).
  performance.measure('history-event', { start: started });
}
