/**
 * Hold lengths that grow "as tolerated": after a routine the person says how a progressable
 * exercise felt, and the next break holds a step longer (easy) or shorter (too hard), always
 * within the bounds of the catalogue.
 */
import { isRecord } from './checks';
import { EXERCISE_IDS, type ExerciseId, isExerciseId } from './exercise-ids';
import { EXERCISES, type HoldDose } from './exercises';

export type Feeling = 'tooHard' | 'justRight' | 'easy';
export const FEELINGS: readonly Feeling[] = ['tooHard', 'justRight', 'easy'];

/** Seconds per hold for each exercise that progresses; a missing entry means "at the start". */
export type Progression = Partial<Record<ExerciseId, number>>;

/** The dose of an exercise whose hold can grow, or `null` for one that stays fixed. */
export function progressiveDose(id: ExerciseId): HoldDose | null {
  const dose = EXERCISES[id].dose;
  return dose.kind === 'hold' && dose.max > dose.start && dose.step > 0 ? dose : null;
}

export function isProgressive(id: ExerciseId): boolean {
  return progressiveDose(id) !== null;
}

function clampHold(dose: HoldDose, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return dose.start;
  return Math.min(dose.max, Math.max(dose.start, Math.round(value)));
}

/** The hold to do now, in seconds; for a fixed hold, its catalogue length. */
export function holdSeconds(progression: Progression, id: ExerciseId): number | null {
  const dose = EXERCISES[id].dose;
  if (dose.kind !== 'hold') return null;
  return progressiveDose(id) ? clampHold(dose, progression[id]) : dose.start;
}

export interface CheckedProgression {
  progression: Progression;
  /** Stored keys whose value was unusable or out of range, brought back into range or dropped. */
  clamped: string[];
}

/** Reads a stored value: unknown entries are dropped, out-of-range holds clamped to the safe range. */
export function checkProgression(value: unknown): CheckedProgression {
  const progression: Progression = {};
  const clamped: string[] = [];
  if (!isRecord(value)) return { progression, clamped };
  const stored = value;
  for (const id of EXERCISE_IDS) {
    const dose = progressiveDose(id);
    if (!dose || !(id in stored)) continue;
    const hold = clampHold(dose, stored[id]);
    if (hold !== stored[id]) clamped.push(id);
    progression[id] = hold;
  }
  for (const key of Object.keys(stored)) {
    if (!isExerciseId(key) || !isProgressive(key)) clamped.push(key);
  }
  return { progression, clamped };
}

/** The hold after a routine that felt `feeling`, starting from the hold that was done. */
export function nextHold(id: ExerciseId, done: number, feeling: Feeling): number {
  const dose = progressiveDose(id);
  if (!dose) return done;
  const change = feeling === 'easy' ? dose.step : feeling === 'tooHard' ? -dose.step : 0;
  return clampHold(dose, clampHold(dose, done) + change);
}

export function withFeeling(progression: Progression, id: ExerciseId, done: number, feeling: Feeling): Progression {
  if (!isProgressive(id)) return progression;
  return { ...progression, [id]: nextHold(id, done, feeling) };
}
