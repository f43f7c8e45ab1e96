/** Daily history records, kept by the background in `local`. Days are local calendar days. */
import { arrayOf, type Checked, inRange, isBoolean, record } from './checks';
import { CUSTOM_LIMITS, isCustomId } from './custom-exercise';
import { isExerciseId } from './exercise-ids';
import { EXERCISES } from './exercises';
import { LIMITS } from './settings';

/** A built-in exercise or one of the person's own, as the history records it. */
export function isDoneExerciseId(value: unknown): value is string {
  return isExerciseId(value) || isCustomId(value);
}

/** No day holds more sitting than its seconds. */
export const DAY_SECONDS = 86_400;

export interface ExerciseDay {
  /** Work sets done that day (each side of a sided exercise counts once). */
  sets: number;
  /** The longest hold done that day, in seconds (0 for exercises counted in repetitions). */
  bestHold: number;
}

export interface DayRecord {
  satSeconds: number;
  blocksCompleted: number;
  blocksEndedEarly: number;
  /** Posture checks answered "Looks good". */
  postureAnswered: number;
  postureSnoozed: number;
  /** Posture checks left unanswered. */
  postureIgnored: number;
  breaksCompleted: number;
  /** Keyed by a built-in exercise id or one of the person's own (see `isDoneExerciseId`). */
  exercises: Partial<Record<string, ExerciseDay>>;
}

export type Counter = Exclude<keyof DayRecord, 'exercises' | 'satSeconds'>;

/**
 * The most of each counter one day can hold. A block lasts at least the shortest block length
 * and posture checks come at most as often as the shortest interval; a block can be ended early,
 * and a break or a set done, at most once a second.
 */
export const DAY_LIMITS: Record<Counter | 'sets', number> = /* @__PURE__ */ limitsOfADay();

function limitsOfADay(): Record<Counter | 'sets', number> {
  const perBlock = DAY_SECONDS / (LIMITS.blockMinutes.min * 60);
  const perPostureCheck = DAY_SECONDS / (LIMITS.postureMinutes.min * 60);
  return {
    blocksCompleted: perBlock,
    blocksEndedEarly: DAY_SECONDS,
    postureAnswered: perPostureCheck,
    postureSnoozed: perPostureCheck,
    postureIgnored: perPostureCheck,
    breaksCompleted: DAY_SECONDS,
    sets: DAY_SECONDS,
  };
}

/**
 * The longest hold an exercise can record: its catalogue maximum, or 0 for one counted in
 * repetitions; one of the person's own may hold up to the longest hold they can set.
 */
export function longestHold(id: string): number {
  if (!isExerciseId(id)) return CUSTOM_LIMITS.hold.max;
  const dose = EXERCISES[id].dose;
  return dose.kind === 'hold' ? dose.max : 0;
}

const isExerciseDone = /* @__PURE__ */ record({
  id: isDoneExerciseId,
  sets: inRange(0, 20, true),
  holdSeconds: inRange(0, 600),
});
export type ExerciseDone = Checked<typeof isExerciseDone>;

const isBreakShape = /* @__PURE__ */ record({ completed: isBoolean, exercises: arrayOf(isExerciseDone) });

/** What a stretch break did, reported by the stretch page; no hold longer than its exercise allows. */
export function isBreakResult(value: unknown): value is Checked<typeof isBreakShape> {
  return isBreakShape(value) && value.exercises.every((done) => done.holdSeconds <= longestHold(done.id));
}
export type BreakResult = Checked<typeof isBreakResult>;

/** Keyed by local date, "YYYY-MM-DD". */
export type History = Record<string, DayRecord>;

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

/** Keeps a changed day within what a day can hold, so a write never makes a day unreadable. */
function capped(day: DayRecord): DayRecord {
  const next: DayRecord = { ...day, satSeconds: Math.min(DAY_SECONDS, day.satSeconds), exercises: {} };
  for (const c of COUNTERS) next[c] = Math.min(DAY_LIMITS[c], day[c]);
  for (const [id, e] of Object.entries(day.exercises) as [string, ExerciseDay][]) {
    next.exercises[id] = { sets: Math.min(DAY_LIMITS.sets, e.sets), bestHold: Math.min(longestHold(id), e.bestHold) };
  }
  return next;
}

function withDay(history: History, key: string, change: (day: DayRecord) => DayRecord): History {
  return { ...history, [key]: capped(change(history[key] ?? emptyDay())) };
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

const DAY_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date written "YYYY-MM-DD": no February 30th, no month 99. */
export function isDayKey(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const parts = DAY_KEY.exec(value);
  if (!parts) return false;
  const [year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export const COUNTERS: Counter[] = [
  'blocksCompleted',
  'blocksEndedEarly',
  'postureAnswered',
  'postureSnoozed',
  'postureIgnored',
  'breaksCompleted',
];

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
