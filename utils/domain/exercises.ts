/** The stretch-break catalogue: doses and progression bounds from the subject-matter brief. */
import type { ExerciseId } from './exercise-ids';

export interface HoldDose {
  kind: 'hold';
  sets: number;
  /** Each set is done once per side, left then right. */
  perSide: boolean;
  /** Seconds per hold: where a beginner starts, and how far "as tolerated" may take it. */
  start: number;
  max: number;
  step: number;
}

export interface RepsDose {
  kind: 'reps';
  sets: number;
  perSide: false;
  reps: number;
}

export interface Exercise {
  id: ExerciseId;
  /** Key of its strings in the locale files (message keys allow no hyphens). */
  key: 'plank' | 'rotation' | 'childPose' | 'wallSquat';
  dose: HoldDose | RepsDose;
  advanced: boolean;
}

export const EXERCISES: Record<ExerciseId, Exercise> = {
  plank: {
    id: 'plank',
    key: 'plank',
    dose: { kind: 'hold', sets: 3, perSide: false, start: 25, max: 60, step: 10 },
    advanced: false,
  },
  rotation: {
    id: 'rotation',
    key: 'rotation',
    dose: { kind: 'hold', sets: 3, perSide: false, start: 30, max: 45, step: 10 },
    advanced: false,
  },
  'child-pose': {
    id: 'child-pose',
    key: 'childPose',
    dose: { kind: 'hold', sets: 3, perSide: true, start: 30, max: 30, step: 0 },
    advanced: false,
  },
  'wall-squat': {
    id: 'wall-squat',
    key: 'wallSquat',
    dose: { kind: 'reps', sets: 2, perSide: false, reps: 10 },
    advanced: true,
  },
};
