/** Daily history records, kept by the background in `local`. Days are local calendar days. */
import { arrayOf, type Checked, inRange, isBoolean, isCount, isRecord, keyedBy, record } from './checks';
import { isCustomId } from './custom-exercise';
import { isExerciseId } from './exercise-ids';

/** A built-in exercise or one of the person's own, as the history records it. */
export function isDoneExerciseId(value: unknown): value is string {
  return isExerciseId(value) || isCustomId(value);
}

const isExerciseDay = /* @__PURE__ */ record({
  /** Work sets done that day (each side of a sided exercise counts once). */
  sets: isCount,
  /** The longest hold done that day, in seconds (0 for exercises counted in repetitions). */
  bestHold: inRange(0, Number.MAX_VALUE),
});
export type ExerciseDay = Checked<typeof isExerciseDay>;

const isDayRecord = /* @__PURE__ */ record({
  satSeconds: inRange(0, 86_400, true),
  blocksCompleted: isCount,
  blocksEndedEarly: isCount,
  /** Posture checks answered "Looks good". */
  postureAnswered: isCount,
  postureSnoozed: isCount,
  /** Posture checks left unanswered. */
  postureIgnored: isCount,
  breaksCompleted: isCount,
  exercises: keyedBy(isDoneExerciseId, isExerciseDay),
});
export type DayRecord = Checked<typeof isDayRecord>;

/** Keyed by local date, "YYYY-MM-DD". */
export type History = Record<string, DayRecord>;

export type Counter = Exclude<keyof DayRecord, 'exercises' | 'satSeconds'>;

const isExerciseDone = /* @__PURE__ */ record({
  id: isDoneExerciseId,
  sets: inRange(0, 20, true),
  holdSeconds: inRange(0, 600),
});
export type ExerciseDone = Checked<typeof isExerciseDone>;

/** What a stretch break did, reported by the stretch page. */
export const isBreakResult = /* @__PURE__ */ record({
  completed: isBoolean,
  exercises: arrayOf(isExerciseDone),
});
export type BreakResult = Checked<typeof isBreakResult>;

export function emptyDay(): DayRecord {
  return {
    satSeconds: 0,
    blocksCompleted: 0,
    blocksEndedEarly: 0,
    postureAnswered: 0,
    postureSnoozed: 0,
    postureIgnored: 0,
    breaksCompleted: 0,
    exercises: {},
  };
}

export function dayKey(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The local midnight that ends the day of `ms`. */
export function startOfNextDay(ms: number): number {
  const d = new Date(ms);
  d.setHours(24, 0, 0, 0);
  return d.getTime();
}

function withDay(history: History, key: string, change: (day: DayRecord) => DayRecord): History {
  return { ...history, [key]: change(history[key] ?? emptyDay()) };
}

/** Adds sitting time, split at local midnights so each day gets its own share. */
export function addSat(history: History, from: number, to: number): History {
  let next = history;
  let cursor = from;
  while (cursor < to) {
    const sliceEnd = Math.min(to, startOfNextDay(cursor));
    const seconds = Math.round((sliceEnd - cursor) / 1000);
    next = withDay(next, dayKey(cursor), (day) => ({ ...day, satSeconds: day.satSeconds + seconds }));
    cursor = sliceEnd;
  }
  return next;
}

export function bump(history: History, at: number, counter: Counter): History {
  return withDay(history, dayKey(at), (day) => ({ ...day, [counter]: day[counter] + 1 }));
}

export function recordBreak(history: History, at: number, result: BreakResult): History {
  return withDay(history, dayKey(at), (day) => {
    const exercises = { ...day.exercises };
    for (const done of result.exercises) {
      if (done.sets <= 0) continue;
      const before = exercises[done.id] ?? { sets: 0, bestHold: 0 };
      exercises[done.id] = { sets: before.sets + done.sets, bestHold: Math.max(before.bestHold, done.holdSeconds) };
    }
    const counted = result.completed || result.exercises.some((e) => e.sets > 0);
    return { ...day, exercises, breaksCompleted: day.breaksCompleted + (counted ? 1 : 0) };
  });
}

/** Two years of days: enough for any chart, small enough to stay far below the local quota. */
export const KEEP_DAYS = 731;

const DAY_KEY = /^\d{4}-\d{2}-\d{2}$/;

export function isDayKey(value: unknown): value is string {
  return typeof value === 'string' && DAY_KEY.test(value);
}

const COUNTERS: Counter[] = [
  'blocksCompleted',
  'blocksEndedEarly',
  'postureAnswered',
  'postureSnoozed',
  'postureIgnored',
  'breaksCompleted',
];

export interface CheckedHistory {
  history: History;
  /** Dates (or keys) whose record was unreadable and left out. */
  skipped: string[];
}

/** Keeps every readable day and names the ones that were not. */
export function checkHistory(value: unknown): CheckedHistory {
  const history: History = {};
  const skipped: string[] = [];
  if (!isRecord(value)) return { history, skipped: ['(all)'] };
  for (const [key, stored] of Object.entries(value)) {
    // Days recorded before snoozes were counted apart have none.
    const day = isRecord(stored) ? { postureSnoozed: 0, ...stored } : stored;
    if (isDayKey(key) && isDayRecord(day)) history[key] = day;
    else skipped.push(key);
  }
  return { history, skipped };
}

/**
 * Merges two histories day by day, keeping the larger of each figure: merging the same data
 * again changes nothing, and no day is counted twice.
 */
export function mergeHistory(base: History, incoming: History): History {
  const merged: History = { ...base };
  for (const [key, day] of Object.entries(incoming)) {
    const mine = merged[key];
    if (!mine) {
      merged[key] = day;
      continue;
    }
    const exercises = { ...mine.exercises };
    for (const [id, e] of Object.entries(day.exercises) as [string, ExerciseDay][]) {
      const had = exercises[id];
      exercises[id] = had ? { sets: Math.max(had.sets, e.sets), bestHold: Math.max(had.bestHold, e.bestHold) } : e;
    }
    const next: DayRecord = { ...mine, satSeconds: Math.max(mine.satSeconds, day.satSeconds), exercises };
    for (const c of COUNTERS) next[c] = Math.max(mine[c], day[c]);
    merged[key] = next;
  }
  return merged;
}

/** Drops days older than `KEEP_DAYS` before `now`. */
export function pruneHistory(history: History, now: number): History {
  const cutoff = new Date(now);
  cutoff.setDate(cutoff.getDate() - KEEP_DAYS);
  const oldest = dayKey(cutoff.getTime());
  const entries = Object.entries(history);
  if (entries.every(([key]) => key >= oldest)) return history;
  return Object.fromEntries(entries.filter(([key]) => key >= oldest));
}
