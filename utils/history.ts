/** Daily history records, kept by the background in `local`. Days are local calendar days. */
import type { ExerciseId } from './exercise-ids';

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
  postureAnswered: number;
  postureIgnored: number;
  breaksCompleted: number;
  exercises: Partial<Record<ExerciseId, ExerciseDay>>;
}

/** Keyed by local date, "YYYY-MM-DD". */
export type History = Record<string, DayRecord>;

export type Counter = Exclude<keyof DayRecord, 'exercises' | 'satSeconds'>;

export interface ExerciseDone {
  id: ExerciseId;
  sets: number;
  holdSeconds: number;
}

/** What a stretch break did, reported by the stretch page. */
export interface BreakResult {
  completed: boolean;
  exercises: ExerciseDone[];
}

export function emptyDay(): DayRecord {
  return {
    satSeconds: 0,
    blocksCompleted: 0,
    blocksEndedEarly: 0,
    postureAnswered: 0,
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

function startOfNextDay(ms: number): number {
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
