/** The routine of a stretch break: the chosen exercises, in order, with today's doses. */
import type { ExerciseId } from './exercise-ids';
import { EXERCISES, type Exercise } from './exercises';
import { holdSeconds, type Progression } from './progression';
import { LIMITS, orderBreaks, type Settings } from './settings';

export interface RoutineItem {
  exercise: Exercise;
  sets: number;
  /** Each set is done once per side, left then right. */
  perSide: boolean;
  /** Seconds per hold, or `null` for an exercise counted in repetitions. */
  hold: number | null;
  /** Repetitions per set, or `null` for a hold. */
  reps: number | null;
}

export interface Routine {
  items: RoutineItem[];
  /** Rest between sets, in seconds. */
  restSeconds: number;
}

function item(id: ExerciseId, progression: Progression): RoutineItem {
  const exercise = EXERCISES[id];
  const { dose } = exercise;
  return {
    exercise,
    sets: dose.sets,
    perSide: dose.perSide,
    hold: holdSeconds(progression, id),
    reps: dose.kind === 'reps' ? dose.reps : null,
  };
}

export function buildRoutine(settings: Pick<Settings, 'breaks' | 'restSeconds'>, progression: Progression): Routine {
  const { min, max } = LIMITS.restSeconds;
  const rest = Number.isFinite(settings.restSeconds) ? Math.round(settings.restSeconds) : min;
  return {
    items: orderBreaks(settings.breaks).map((id) => item(id, progression)),
    restSeconds: Math.min(max, Math.max(min, rest)),
  };
}
