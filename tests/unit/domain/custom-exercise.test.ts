import { describe, expect, it } from 'vitest';
import {
  CUSTOM_LIMITS,
  type CustomDraft,
  type CustomExercise,
  checkCustomExercise,
  checkCustomExercises,
  EMPTY_DRAFT,
  exerciseFromDraft,
  isCustomId,
  newCustomId,
  stepLines,
} from '@/utils/domain/custom-exercise';

const valid: CustomExercise = {
  id: 'custom-abc12345',
  name: 'Bird dog',
  steps: 'Hands and knees on the floor\nReach one arm and the other leg out',
  kind: 'hold',
  amount: 20,
  sets: 3,
  perSide: true,
  progression: { step: 5, cap: 40 },
};

const draft = (change: Partial<CustomDraft>): CustomDraft => ({ ...EMPTY_DRAFT, name: 'Pelvic tilt', ...change });

describe('checking a custom exercise', () => {
  it('accepts a valid one', () => {
    expect(checkCustomExercise(valid)).toEqual({});
    expect(checkCustomExercise({ ...valid, kind: 'reps', amount: 12, progression: null })).toEqual({});
  });

  it('holds last 5 to 300 s, repetitions 1 to 50, sets 1 to 10', () => {
    expect(checkCustomExercise({ ...valid, amount: 5, progression: null })).toEqual({});
    expect(checkCustomExercise({ ...valid, amount: 4 }).amount).toBe('outOfRange');
    expect(checkCustomExercise({ ...valid, amount: 300, progression: null })).toEqual({});
    expect(checkCustomExercise({ ...valid, amount: 301 }).amount).toBe('outOfRange');
    expect(checkCustomExercise({ ...valid, kind: 'reps', amount: 0, progression: null }).amount).toBe('outOfRange');
    expect(checkCustomExercise({ ...valid, kind: 'reps', amount: 50, progression: null })).toEqual({});
    expect(checkCustomExercise({ ...valid, kind: 'reps', amount: 51, progression: null }).amount).toBe('outOfRange');
    expect(checkCustomExercise({ ...valid, sets: 0 }).sets).toBe('outOfRange');
    expect(checkCustomExercise({ ...valid, sets: 10 })).toEqual({});
    expect(checkCustomExercise({ ...valid, sets: 11 }).sets).toBe('outOfRange');
    expect(checkCustomExercise({ ...valid, sets: 2.5 }).sets).toBe('notWholeNumber');
  });

  it('lets a hold grow by at most 10 s a step, up to a cap above its start and at most 300 s', () => {
    expect(checkCustomExercise({ ...valid, progression: { step: 10, cap: 300 } })).toEqual({});
    expect(checkCustomExercise({ ...valid, progression: { step: 11, cap: 40 } }).step).toBe('outOfRange');
    expect(checkCustomExercise({ ...valid, progression: { step: 0, cap: 40 } }).step).toBe('outOfRange');
    expect(checkCustomExercise({ ...valid, progression: { step: 5, cap: 301 } }).cap).toBe('outOfRange');
    expect(checkCustomExercise({ ...valid, progression: { step: 5, cap: 20 } }).cap).toBe('capBelowStart');
    expect(checkCustomExercise({ ...valid, kind: 'reps', amount: 10 }).step).toBeDefined();
  });

  it('takes names up to 60 characters, counting an emoji as one', () => {
    expect(checkCustomExercise({ ...valid, name: 'a'.repeat(60) })).toEqual({});
    expect(checkCustomExercise({ ...valid, name: 'a'.repeat(61) }).name).toBe('tooLong');
    expect(checkCustomExercise({ ...valid, name: '🧘'.repeat(60) })).toEqual({});
    expect(checkCustomExercise({ ...valid, name: '🧘'.repeat(61) }).name).toBe('tooLong');
    expect(checkCustomExercise({ ...valid, name: '   ' }).name).toBe('required');
  });

  it('takes steps up to 600 characters on at most 8 lines, or none', () => {
    expect(checkCustomExercise({ ...valid, steps: '' })).toEqual({});
    expect(checkCustomExercise({ ...valid, steps: 'x'.repeat(600) })).toEqual({});
    expect(checkCustomExercise({ ...valid, steps: 'x'.repeat(601) }).steps).toBe('tooLong');
    expect(checkCustomExercise({ ...valid, steps: Array(8).fill('step').join('\n') })).toEqual({});
    expect(checkCustomExercise({ ...valid, steps: Array(9).fill('step').join('\n') }).steps).toBe('tooManyLines');
  });

  it('keeps HTML and right-to-left text as plain text, to be shown as typed', () => {
    const html = { ...valid, name: '<img src=x onerror=alert(1)>', steps: '<script>alert(1)</script>' };
    expect(checkCustomExercise(html)).toEqual({});
    expect(checkCustomExercise({ ...valid, name: 'تمرين الظهر', steps: 'اجلس مستقيما\nتنفس' })).toEqual({});
  });

  it('refuses control characters and broken surrogates', () => {
    expect(checkCustomExercise({ ...valid, name: 'a\u0000b' }).name).toBe('badCharacters');
    expect(checkCustomExercise({ ...valid, name: 'tab\there' }).name).toBe('badCharacters');
    expect(checkCustomExercise({ ...valid, steps: 'half \ud83d emoji' }).steps).toBe('badCharacters');
  });

  it('refuses numbers written as strings and other wrong types', () => {
    const errors = checkCustomExercise({ ...valid, amount: '30', sets: '3', perSide: 'yes', kind: 'stretch' });
    expect(errors).toMatchObject({ amount: 'notWholeNumber', sets: 'notWholeNumber', perSide: 'badChoice' });
    expect(errors.kind).toBe('badChoice');
    expect(checkCustomExercise({ ...valid, progression: { step: '5', cap: '40' } })).toMatchObject({
      step: 'notWholeNumber',
      cap: 'notWholeNumber',
    });
    expect(Object.keys(checkCustomExercise(null)).sort()).toEqual([
      'amount',
      'cap',
      'kind',
      'name',
      'perSide',
      'sets',
      'step',
      'steps',
    ]);
  });
});

describe('reading what was typed', () => {
  it('reads whole numbers typed as plain digits and trims the text', () => {
    const read = exerciseFromDraft(
      draft({ name: '  Bird dog ', steps: 'one\r\ntwo\r\n', amount: ' 20 ', grows: true, step: '5', cap: '40' }),
      'custom-1',
    );
    expect(read).toEqual({
      ok: true,
      exercise: {
        id: 'custom-1',
        name: 'Bird dog',
        steps: 'one\ntwo',
        kind: 'hold',
        amount: 20,
        sets: 3,
        perSide: false,
        progression: { step: 5, cap: 40 },
      },
    });
  });

  it('reads digits of any keyboard as the number they show', () => {
    const read = exerciseFromDraft(
      draft({ amount: '٢٠', sets: '३', grows: true, step: '５', cap: '４０' }),
      'custom-1',
    );
    expect(read.ok && read.exercise).toMatchObject({ amount: 20, sets: 3, progression: { step: 5, cap: 40 } });
  });

  it('refuses "1e2", "0x10", "12abc", "-5" and "4.5", naming each field', () => {
    for (const typed of ['1e2', '0x10', '12abc', '-5', '4.5', '', '٣.٠', '²']) {
      const read = exerciseFromDraft(draft({ amount: typed }), 'custom-1');
      expect(read.ok ? null : read.errors.amount, typed).toBe('notWholeNumber');
    }
  });

  it('drops the progression of a repetitions exercise rather than refusing it', () => {
    const read = exerciseFromDraft(draft({ kind: 'reps', amount: '12', grows: true, step: '99' }), 'custom-1');
    expect(read.ok && read.exercise.progression).toBeNull();
  });
});

describe('ids and stored lists', () => {
  it('makes ids that pass the id check', () => {
    expect(isCustomId(newCustomId(() => 0))).toBe(true);
    expect(isCustomId(newCustomId(() => 0.999999))).toBe(true);
    expect(isCustomId('custom-<b>')).toBe(false);
    expect(isCustomId('plank')).toBe(false);
  });

  it('keeps readable exercises, at most 20, and names the rest', () => {
    const many = Array.from({ length: 22 }, (_, n) => ({ ...valid, id: `custom-${n}` }));
    const checked = checkCustomExercises([...many, { ...valid, id: 'custom-bad', sets: 99 }, 'junk']);
    expect(checked.exercises).toHaveLength(CUSTOM_LIMITS.count.max);
    expect(checked.skipped).toEqual(['custom-20', 'custom-21', 'custom-bad', '(unknown)']);
  });

  it('splits steps into lines, leaving out blank ones', () => {
    expect(stepLines('one\n\n  two  \n')).toEqual(['one', 'two']);
  });
});
