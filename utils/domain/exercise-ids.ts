/** The stretch breaks a routine can include, in the order a break runs them. */
export const EXERCISE_IDS = ['plank', 'rotation', 'child-pose', 'wall-squat'] as const;
export type ExerciseId = (typeof EXERCISE_IDS)[number];

export function isExerciseId(value: unknown): value is ExerciseId {
  return typeof value === 'string' && (EXERCISE_IDS as readonly string[]).includes(value);
}
