/**
 * Hold lengths that grow "as tolerated": after a routine the person says how a progressable
 * exercise felt, and the next break holds a step longer (easy) or shorter (too hard), always
 * within the bounds of the catalogue or of the person's own exercise.
 */
import { isRecord } from './checks';
import { isCustomId } from './custom-exercise';
import { EXERCISE_IDS, type ExerciseId, isExerciseId } from './exercise-ids';
import { EXERCISES } from './exercises';

export type Feeling = 'tooHard' | 'justRight' | 'easy';
export const FEELINGS: readonly Feeling[] = ['tooHard', 'justRight', 'easy'];

/** Seconds per hold for each exercise that progresses, by id; a missing entry means "at the start". */
export type Progression = Record<string, number>;

/** Where a hold starts, how far "as tolerated" may take it, and by how much at a time. */
export interface Growth {
  start: number;
  max: number;
  step: number;
}

/** The most a stored custom hold can be, whatever its exercise's cap. */
const CUSTOM_HOLD = { start: 5, max: 300 } as const;

/** The growth of a built-in exercise whose hold can grow, or `null` for one that stays fixed. */
export function progressiveDose(id: ExerciseId): Growth | null {
  const dose = EXERCISES[id].dose;
  return dose.kind === 'hold' && dose.max > dose.start && dose.step > 0 ? dose : null;
}

export function isProgressive(id: ExerciseId): boolean {
  return progressiveDose(id) !== null;
}

/** The hold to do now, in seconds, from a stored value that may be anything. */
export function holdFor(value: unknown, growth: Pick<Growth, 'start' | 'max'>): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return growth.start;
  return Math.min(growth.max, Math.max(growth.start, Math.round(value)));
}

/** The hold to do now for a built-in exercise; for a fixed hold, its catalogue length. */
export function holdSeconds(progression: Progression, id: ExerciseId): number | null {
  const dose = EXERCISES[id].dose;
  if (dose.kind !== 'hold') return null;
  return holdFor(progression[id], progressiveDose(id) ?? { start: dose.start, max: dose.start });
}

export interface CheckedProgression {
  progression: Progression;
  /** Stored keys whose value was unusable or out of range, brought back into range or dropped. */
  clamped: string[];
}

/**
 * Reads a stored value: unknown entries are dropped, out-of-range holds clamped to the safe range.
 * A custom exercise's hold is only bounded here; its own cap applies when a routine is built.
 */
export function checkProgression(value: unknown): CheckedProgression {
  const progression: Progression = {};
  const clamped: string[] = [];
  if (!isRecord(value)) return { progression, clamped };
  const stored = value;
  for (const id of EXERCISE_IDS) {
    const dose = progressiveDose(id);
    if (!dose || !(id in stored)) continue;
    const hold = holdFor(stored[id], dose);
    if (hold !== stored[id]) clamped.push(id);
    progression[id] = hold;
  }
  for (const key of Object.keys(stored)) {
    if (isCustomId(key)) {
      const hold = holdFor(stored[key], CUSTOM_HOLD);
      if (hold !== stored[key]) clamped.push(key);
      progression[key] = hold;
    } else if (!isExerciseId(key) || !isProgressive(key)) {
      clamped.push(key);
    }
  }
  return { progression, clamped };
}

/** The hold after a routine that felt `feeling`, starting from the hold that was done. */
export function nextHold(growth: Growth, done: number, feeling: Feeling): number {
  const change = feeling === 'easy' ? growth.step : feeling === 'tooHard' ? -growth.step : 0;
  return holdFor(holdFor(done, growth) + change, growth);
}

export function withFeeling(
  progression: Progression,
  id: string,
  growth: Growth | null,
  done: number,
  feeling: Feeling,
): Progression {
  if (!growth) return progression;
  return { ...progression, [id]: nextHold(growth, done, feeling) };
}
