import { describe, expect, it } from 'vitest';
import { parseCommand, sessionEvent } from '@/utils/domain/protocol';
import { DEFAULT_SETTINGS } from '@/utils/domain/settings';

const parseAt = (message: unknown) => parseCommand(message, new Date(2026, 2, 14, 12).getTime());

const result = { completed: true, exercises: [{ id: 'plank', sets: 2, holdSeconds: 25 }] };

/** The session event a message stands for, or the reason it was refused. */
function eventOf(message: unknown) {
  const command = parseAt(message);
  return typeof command === 'string' ? command : sessionEvent(command);
}

describe('the message protocol', () => {
  it('turns each command into the session event it stands for', () => {
    expect(eventOf({ type: 'getState' })).toEqual({ type: 'wake' });
    expect(eventOf({ type: 'setOnBall', on: true })).toEqual({ type: 'start' });
    expect(eventOf({ type: 'setOnBall', on: false })).toEqual({ type: 'stop' });
    expect(eventOf({ type: 'pause', minutes: 30 })).toEqual({ type: 'pause', minutes: 30 });
    expect(eventOf({ type: 'pause', minutes: null })).toEqual({ type: 'pause', minutes: null });
    expect(eventOf({ type: 'resume' })).toEqual({ type: 'resume' });
    expect(eventOf({ type: 'startBreak' })).toEqual({ type: 'startBreak', routine: 'full' });
    expect(eventOf({ type: 'startBreak', routine: 'quick' })).toEqual({ type: 'startBreak', routine: 'quick' });
    expect(eventOf({ type: 'anotherBlock' })).toEqual({ type: 'start' });
    expect(eventOf({ type: 'extend' })).toEqual({ type: 'extend' });
    expect(eventOf({ type: 'doneForNow' })).toEqual({ type: 'doneForNow' });
    expect(eventOf({ type: 'finishBreak', result })).toEqual({ type: 'wake' });
    expect(eventOf({ type: 'breakProgress', breakId: 'b1', result })).toEqual({ type: 'wake' });
    expect(eventOf({ type: 'importBackup', id: 'i1', history: {}, settings: {} })).toEqual({ type: 'wake' });
    expect(eventOf({ type: 'importStatus', id: 'i1' })).toEqual({ type: 'wake' });
  });

  it('lets the break’s own page start its break in its own tab, and no other sender name a tab', () => {
    const here = parseAt({ type: 'startBreak', routine: 'quick', here: true });
    if (typeof here === 'string') throw new Error(here);
    expect(sessionEvent(here, 7)).toEqual({ type: 'startBreak', routine: 'quick', tabId: 7 });
    const elsewhere = parseAt({ type: 'startBreak', tabId: 7 });
    if (typeof elsewhere === 'string') throw new Error(elsewhere);
    expect(sessionEvent(elsewhere, 7)).toEqual({ type: 'startBreak', routine: 'full', tabId: undefined });
    expect(parseAt({ type: 'startBreak', here: 'yes' })).toBe('"here" must be true or false.');
  });

  it('keeps only the fields a command declares', () => {
    expect(parseAt({ type: 'setOnBall', on: true, sneaky: 1 })).toEqual({ type: 'setOnBall', on: true });
    expect(parseAt({ type: 'resume', on: true })).toEqual({ type: 'resume' });
  });

  it('refuses malformed and unknown messages with a reason', () => {
    expect(parseAt(null)).toBe('Message must be an object with a "type".');
    expect(parseAt({ type: 'toString' })).toBe('Unknown message type "toString".');
    expect(parseAt({ type: 'setOnBall', on: 'yes' })).toBe('"on" must be true or false.');
    expect(parseAt({ type: 'pause', minutes: 20 })).toBe('"minutes" must be one of 15, 30, 60 or null.');
    expect(parseAt({ type: 'startBreak', routine: 'long' })).toBe('"routine" must be "full" or "quick".');
    expect(parseAt({ type: 'finishBreak', result: { completed: true } })).toBe('"result" is not a valid break result.');
    expect(
      parseAt({ type: 'importBackup', id: 'i1', history: { '2025-06-10': { satSeconds: -1 } }, settings: {} }),
    ).toBe('History has days that cannot be true: 2025-06-10.');
    expect(parseAt({ type: 'x'.repeat(10_000) })).toBe(`Unknown message type "${'x'.repeat(39)}…".`);
  });

  describe('an import’s own exercises', () => {
    const own = {
      id: 'custom-bird',
      name: 'Bird dog',
      steps: 'Reach out',
      kind: 'hold',
      amount: 10,
      sets: 2,
      perSide: true,
      progression: { step: 5, cap: 30 },
    };
    const importing = (customExercises: unknown) =>
      parseAt({ type: 'importBackup', id: 'i1', history: {}, settings: {}, customExercises });

    it('carries them as sent, and none for a backup made before there were any', () => {
      expect(importing([own])).toMatchObject({ type: 'importBackup', customExercises: [own] });
      expect(importing(undefined)).toMatchObject({ type: 'importBackup', customExercises: [] });
      expect(importing([])).toMatchObject({ type: 'importBackup', customExercises: [] });
    });

    it('refuses them all for one that cannot be stored, naming it and what is wrong', () => {
      expect(importing(own)).toBe('"customExercises" must be a list.');
      expect(importing([own, { ...own, id: 'custom-cat', progression: { step: 5, cap: 10 } }])).toBe(
        'Own exercise "custom-cat" has unusable values: cap.',
      );
      expect(importing([{ ...own, steps: 'a\u0000b' }])).toBe('Own exercise "custom-bird" has unusable values: steps.');
      expect(importing([{ ...own, name: 'n'.repeat(61) }])).toBe(
        'Own exercise "custom-bird" has unusable values: name.',
      );
      expect(importing([own, own, own])).toBe('Own exercise "custom-bird" appears twice (and 1 more).');
      expect(importing([null])).toBe(
        'Own exercise without an id has no valid id ("custom-" and 1 to 16 letters or digits).',
      );
      expect(importing([{ ...own, id: 42 }])).toBe(
        'Own exercise 42 has no valid id ("custom-" and 1 to 16 letters or digits).',
      );
      expect(importing(Array.from({ length: 21 }, (_, i) => ({ ...own, id: `custom-${i}` })))).toBe(
        'A backup holds at most 20 own exercises, not 21.',
      );
    });

    it('refuses routines asking more sets of a built-in exercise than its source gives, as a backup file is', () => {
      const routines = structuredClone(DEFAULT_SETTINGS.routines);
      routines.full[0] = { id: 'plank', on: true, sets: 10 };
      expect(parseAt({ type: 'importBackup', id: 'i1', history: {}, settings: { routines } })).toBe(
        'Settings have unusable values: routines.',
      );
    });

    it('refuses a settings or history problem first, as before', () => {
      expect(
        parseAt({ type: 'importBackup', id: 'i1', history: {}, settings: { blockMinutes: -1 }, customExercises: [] }),
      ).toBe('Settings have unusable values: blockMinutes.');
    });
  });
});
