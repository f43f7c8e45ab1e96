/** An own exercise named in English with one Arabic step: text of both directions on any page. */
import type { CustomExercise } from '@/utils/domain/custom-exercise';

export const MIXED_SCRIPT_EXERCISE: CustomExercise = {
  id: 'custom-wall',
  name: 'Wall push-up (slow)',
  steps: 'قف أمام الجدار.\nPush away from the wall 10 times.',
  kind: 'reps',
  amount: 10,
  sets: 2,
  perSide: false,
  progression: null,
};
