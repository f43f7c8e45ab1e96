/**
 * The doses from the exercise fact sheet reach the reader unchanged in every language: the
 * numbers come through placeholders, written with the language's digits, and the safety notes
 * are there in full.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { doseText } from '@/components/exercise-text';
import { buildRoutine } from '@/utils/domain/routine';
import { useLocale } from '../helpers/use-locale';

const CODES = ['en', 'de', 'fr', 'es', 'it', 'pt_BR', 'nl', 'pl', 'uk', 'ru', 'tr', 'ja', 'zh_CN', 'ko', 'hi', 'ar'];

/** From the fact sheet: sets and seconds (or repetitions) a beginner starts with. */
const FACTS = [
  { id: 'plank', sets: 3, amount: 25 },
  { id: 'rotation', sets: 3, amount: 30 },
  { id: 'child-pose', sets: 3, amount: 30 },
  { id: 'wall-squat', sets: 2, amount: 10 },
];

const SAFETY = ['safetyDoctor', 'safetyPain', 'safetyAdvanced', 'safetyGeneral'];

afterAll(async () => {
  await useLocale('en');
});

describe.each(CODES)('the exercise facts in %s', (code) => {
  it('give every dose its sets and seconds or repetitions, as numbers of the language', async () => {
    await useLocale(code);
    const numbers = new Intl.NumberFormat(code.replace('_', '-'));
    const routine = buildRoutine({ breaks: FACTS.map((f) => f.id) as never, restSeconds: 15 }, {});
    expect(routine.items.map((item) => item.exercise.id)).toEqual(FACTS.map((f) => f.id));
    routine.items.forEach((item, i) => {
      const fact = FACTS[i];
      const text = doseText(item);
      expect(text, item.exercise.id).toContain(numbers.format(fact?.sets ?? NaN));
      expect(text, item.exercise.id).toContain(numbers.format(fact?.amount ?? NaN));
    });
  });

  it('keep every safety note', async () => {
    const messages = await useLocale(code);
    for (const key of SAFETY) expect(messages[`stretchPage_${key}`]?.message.trim() ?? '', key).not.toBe('');
  });
});
