import { afterEach, describe, expect, it } from 'vitest';
import { exerciseName, exerciseNameInSentence, levelText, ownLevelText } from '@/components/exercise-text';
import type { CustomExercise } from '@/utils/domain/custom-exercise';
import { buildRoutine, withCustomAdded } from '@/utils/domain/routine';
import { DEFAULT_SETTINGS } from '@/utils/domain/settings';
import { useLocale } from '../helpers/use-locale';

const own: CustomExercise = {
  id: 'custom-wall',
  name: 'Wall push-up',
  steps: 'Stand facing the wall.',
  kind: 'hold',
  amount: 20,
  sets: 2,
  perSide: false,
  progression: { step: 5, cap: 40 },
};

function items() {
  const routines = withCustomAdded(DEFAULT_SETTINGS.routines, own);
  return buildRoutine({ routines, restSeconds: 15 }, {}, [own]).items;
}

function itemOf(id: string) {
  const item = items().find((i) => i.exercise.id === id);
  if (!item) throw new Error(`No ${id} in the routine`);
  return item;
}

afterEach(async () => {
  await useLocale('en');
});

describe('exercise names in sentences', () => {
  it("sets the person's own name apart, and only inside a sentence", () => {
    const { exercise } = itemOf(own.id);
    expect(exerciseName(exercise)).toBe('Wall push-up');
    expect(exerciseNameInSentence(exercise)).toBe('\u2068Wall push-up\u2069');
  });

  it('leaves a built-in name, in the page’s own language, as it is', () => {
    const { exercise } = itemOf('plank');
    expect(exerciseNameInSentence(exercise)).toBe('Ball plank');
    expect(levelText(itemOf('plank'))).toBe('Ball plank: 25\u00a0s of 60\u00a0s');
    expect(ownLevelText(itemOf('plank'))).toBe('Your level: 25\u00a0s of 60\u00a0s');
  });

  it('keeps a Latin own name from reordering an Arabic level line', async () => {
    await useLocale('ar');
    const line = levelText(itemOf(own.id)) ?? '';
    expect(line.startsWith('\u2068Wall push-up\u2069: ')).toBe(true);
  });
});
