import { describe, expect, it } from 'vitest';
import { breakSteps, estimatedMs } from '@/utils/domain/break-sequence';
import { CUSTOM_LIMITS, type CustomExercise, checkCustomExercise } from '@/utils/domain/custom-exercise';
import type { ExerciseId } from '@/utils/domain/exercise-ids';
import { EXERCISES } from '@/utils/domain/exercises';
import {
  buildRoutine,
  checkRoutines,
  emptiesARoutine,
  listedEntries,
  MAX_ENTRIES,
  moveEntry,
  routinesFromBreaks,
  withCustomAdded,
  withCustomRemoved,
  withinSourceDoses,
  withListed,
} from '@/utils/domain/routine';
import { DEFAULT_SETTINGS, sanitizeSettings } from '@/utils/domain/settings';

describe('building the routine from the settings', () => {
  it('takes the default breaks with the starting doses of the catalogue', () => {
    const routine = buildRoutine(DEFAULT_SETTINGS, {});
    expect(routine.restSeconds).toBe(15);
    expect(
      routine.items.map(({ exercise, sets, perSide, hold, reps }) => ({ id: exercise.id, sets, perSide, hold, reps })),
    ).toEqual([
      { id: 'plank', sets: 3, perSide: false, hold: 25, reps: null },
      { id: 'rotation', sets: 3, perSide: false, hold: 30, reps: null },
      { id: 'child-pose', sets: 3, perSide: true, hold: 30, reps: null },
    ]);
  });

  it('runs the chosen breaks in the canonical order, each once', () => {
    const routine = buildRoutine(
      { routines: routinesFromBreaks(['wall-squat', 'child-pose', 'plank', 'child-pose']), restSeconds: 0 },
      {},
    );
    expect(routine.items.map((item) => item.exercise.id)).toEqual(['plank', 'child-pose', 'wall-squat']);
    expect(routine.items[2]).toMatchObject({ sets: 2, hold: null, reps: 10 });
    expect(routine.restSeconds).toBe(0);
  });

  it('uses the progressed holds, clamped to their bounds', () => {
    const routine = buildRoutine(DEFAULT_SETTINGS, { plank: 45, rotation: 90 });
    expect(routine.items.map((item) => item.hold)).toEqual([45, 45, 30]);
  });

  it('keeps a rest outside the allowed range within it', () => {
    expect(buildRoutine({ routines: routinesFromBreaks(['plank']), restSeconds: 900 }, {}).restSeconds).toBe(120);
    expect(buildRoutine({ routines: routinesFromBreaks(['plank']), restSeconds: -5 }, {}).restSeconds).toBe(0);
    expect(buildRoutine({ routines: routinesFromBreaks(['plank']), restSeconds: Number.NaN }, {}).restSeconds).toBe(0);
  });
});

const own: CustomExercise = {
  id: 'custom-birddog',
  name: 'Bird dog',
  steps: 'Hands and knees\n\nReach out',
  kind: 'hold',
  amount: 20,
  sets: 2,
  perSide: true,
  progression: { step: 5, cap: 40 },
};

describe('the full and quick routines', () => {
  it('runs the quick break as one set each of the two gentlest, about two minutes', () => {
    const routine = buildRoutine(DEFAULT_SETTINGS, {}, [], 'quick');
    expect(routine.items.map((item) => [item.exercise.id, item.sets, item.perSide])).toEqual([
      ['rotation', 1, false],
      ['child-pose', 1, true],
    ]);
    const minutes = estimatedMs(routine, breakSteps(routine)) / 60_000;
    expect(minutes).toBeGreaterThan(1.5);
    expect(minutes).toBeLessThan(2.5);
  });

  it("runs the person's order, with their own exercise, its steps and its progressed hold", () => {
    const routines = withCustomAdded(DEFAULT_SETTINGS.routines, own);
    const full = moveEntry(routines.full, routines.full.length - 1, 0);
    const routine = buildRoutine({ routines: { ...routines, full }, restSeconds: 0 }, { 'custom-birddog': 25 }, [own]);
    expect(routine.items.map((item) => item.exercise.id)).toEqual([
      'custom-birddog',
      'plank',
      'rotation',
      'child-pose',
    ]);
    expect(routine.items[0]).toEqual({
      exercise: { kind: 'custom', id: 'custom-birddog', name: 'Bird dog', steps: ['Hands and knees', 'Reach out'] },
      sets: 2,
      perSide: true,
      hold: 25,
      reps: null,
      growth: { start: 20, max: 40, step: 5 },
    });
  });

  it('keeps a progressed hold of an own exercise within its own start and cap', () => {
    const routines = withCustomAdded(DEFAULT_SETTINGS.routines, own);
    const hold = (stored: number) =>
      buildRoutine({ routines, restSeconds: 0 }, { 'custom-birddog': stored }, [own]).items.at(-1)?.hold;
    expect(hold(300)).toBe(40);
    expect(hold(5)).toBe(20);
  });

  it('adds a new own exercise on in the full break and off in the quick one, and removes it from both', () => {
    const added = withCustomAdded(DEFAULT_SETTINGS.routines, own);
    expect(added.full.at(-1)).toEqual({ id: own.id, on: true, sets: 2 });
    expect(added.quick.at(-1)).toEqual({ id: own.id, on: false, sets: 1 });
    expect(withCustomRemoved(added, own.id)).toEqual(DEFAULT_SETTINGS.routines);
  });

  it("switches a routine's defaults back on when the exercise removed was the only one on, leaving the other routine", () => {
    const quick = DEFAULT_SETTINGS.routines.quick.map((e) => (e.id === 'plank' ? { ...e, on: true } : e));
    const full = [
      { id: 'rotation', on: false, sets: 2 },
      { id: own.id, on: true, sets: 2 },
      { id: 'wall-squat', on: false, sets: 1 },
    ];
    expect(emptiesARoutine({ full, quick }, own.id)).toBe(true);
    expect(emptiesARoutine({ full, quick }, 'custom-other')).toBe(false);
    const removed = withCustomRemoved({ full, quick }, own.id);
    expect(removed.full).toEqual([
      { id: 'rotation', on: true, sets: 2 },
      { id: 'wall-squat', on: false, sets: 1 },
      { id: 'plank', on: true, sets: 3 },
      { id: 'child-pose', on: true, sets: 3 },
    ]);
    expect(removed.quick).toEqual(quick);
    expect(checkRoutines(removed)).toBeNull();
  });

  it('skips an exercise that was deleted, and runs the default when nothing is left', () => {
    const onlyOwn = { full: [{ id: own.id, on: true, sets: 2 }], quick: DEFAULT_SETTINGS.routines.quick };
    expect(buildRoutine({ routines: onlyOwn, restSeconds: 0 }, {}, []).items.map((i) => i.exercise.id)).toEqual([
      'plank',
      'rotation',
      'child-pose',
    ]);
  });

  it('lists every exercise the stored routine misses, switched off, so nothing stored is lost', () => {
    const listed = listedEntries(
      [
        { id: 'rotation', on: true, sets: 2 },
        { id: 'custom-gone', on: true, sets: 1 },
      ],
      [own],
    );
    expect(listed).toEqual([
      { id: 'rotation', on: true, sets: 2 },
      { id: 'plank', on: false, sets: 1 },
      { id: 'child-pose', on: false, sets: 1 },
      { id: 'wall-squat', on: false, sets: 1 },
      { id: own.id, on: false, sets: 1 },
    ]);
  });

  it('keeps the wall squat off by default in both routines', () => {
    for (const name of ['full', 'quick'] as const) {
      expect(DEFAULT_SETTINGS.routines[name].find((e) => e.id === 'wall-squat')?.on).toBe(false);
    }
  });
});

describe('checking stored routines', () => {
  const entries = DEFAULT_SETTINGS.routines.full;

  it('accepts the defaults and a routine with own exercises', () => {
    expect(checkRoutines(DEFAULT_SETTINGS.routines)).toBeNull();
    expect(checkRoutines(withCustomAdded(DEFAULT_SETTINGS.routines, own))).toBeNull();
  });

  it('never lets a built-in exercise run more sets than its dose from the source', () => {
    const more = entries.map((e) => (e.id === 'plank' ? { ...e, sets: 4 } : e));
    const raised = { ...DEFAULT_SETTINGS.routines, full: more };
    expect(withinSourceDoses(raised)).toBe(false);
    expect(buildRoutine({ routines: raised, restSeconds: 0 }, {}).items[0]?.sets).toBe(3);
    const squats = entries.map((e) => (e.id === 'wall-squat' ? { ...e, sets: 3 } : e));
    expect(withinSourceDoses({ ...DEFAULT_SETTINGS.routines, quick: squats })).toBe(false);
    expect(withinSourceDoses(withCustomAdded(DEFAULT_SETTINGS.routines, { ...own, sets: 10 }))).toBe(true);
    expect(checkRoutines({ ...DEFAULT_SETTINGS.routines, full: entries.map((e) => ({ ...e, sets: 11 })) })).toBe(
      'badRoutine',
    );
  });

  it('starts the full break at every dose of the catalogue', () => {
    expect(DEFAULT_SETTINGS.routines.full.map((e) => e.sets)).toEqual(
      DEFAULT_SETTINGS.routines.full.map((e) => EXERCISES[e.id as ExerciseId].dose.sets),
    );
  });

  it('refuses a routine with nothing on, repeats, ids no version writes, strings for numbers', () => {
    const all = (change: object) => ({ ...DEFAULT_SETTINGS.routines, full: change });
    expect(checkRoutines(all(entries.map((e) => ({ ...e, on: false }))))).toBe('noneOn');
    expect(checkRoutines(all([...entries, entries[0]]))).toBe('badRoutine');
    expect(checkRoutines(all([{ id: '<b>x</b>', on: true, sets: 1 }]))).toBe('badRoutine');
    expect(checkRoutines(all([{ id: '', on: true, sets: 1 }]))).toBe('badRoutine');
    expect(checkRoutines(all([{ id: 7, on: true, sets: 1 }]))).toBe('badRoutine');
    expect(checkRoutines(all([{ id: 'plank', on: true, sets: '2' }]))).toBe('badRoutine');
    expect(checkRoutines(all([{ id: 'plank', on: 'yes', sets: 2 }]))).toBe('badRoutine');
    expect(checkRoutines({ full: entries })).toBe('badRoutine');
    expect(checkRoutines('full')).toBe('badRoutine');
  });

  it("keeps an exercise a newer version added, skips it in a break, and keeps it through the editor's changes", () => {
    const newer = { id: 'neck-roll', on: true, sets: 2 };
    const routines = { ...DEFAULT_SETTINGS.routines, full: [...entries, newer] };
    const { settings, fellBack } = sanitizeSettings({ ...DEFAULT_SETTINGS, routines });
    expect(fellBack).toEqual([]);
    expect(settings.routines.full.at(-1)).toEqual(newer);
    expect(buildRoutine(settings, {}).items.map((item) => item.exercise.id)).toEqual([
      'plank',
      'rotation',
      'child-pose',
    ]);
    const listed = listedEntries(settings.routines.full, []);
    expect(listed.map((e) => e.id)).toEqual(['plank', 'rotation', 'child-pose', 'wall-squat']);
    const moved = withListed(settings.routines.full, moveEntry(listed, 0, 1));
    expect(moved.map((e) => e.id)).toEqual(['rotation', 'plank', 'child-pose', 'wall-squat', 'neck-roll']);
    // An own exercise deleted here is left out, as deleting it does.
    expect(withListed([...entries, { id: 'custom-gone', on: true, sets: 1 }], listed)).toEqual(listed);
  });

  it('refuses a routine longer than every exercise there can be', () => {
    const many = Array.from({ length: MAX_ENTRIES + 1 }, (_, n) => ({ id: `custom-${n}`, on: true, sets: 1 }));
    expect(checkRoutines({ ...DEFAULT_SETTINGS.routines, full: many })).toBe('badRoutine');
  });

  it('carries the breaks chosen before routines existed into the full break', () => {
    const { settings } = sanitizeSettings({ breaks: ['child-pose', 'wall-squat'] });
    expect(settings.routines.full.filter((e) => e.on).map((e) => e.id)).toEqual(['child-pose', 'wall-squat']);
  });
});

describe('the synced storage quota', () => {
  /** What Chrome counts for one synced item: its key and its value as JSON, in UTF-8 bytes. */
  const bytes = (key: string, value: unknown) => new TextEncoder().encode(key + JSON.stringify(value)).length;
  // Four bytes a character in UTF-8 and one character each: the largest text there can be.
  const widest = (count: number) => '🧘'.repeat(count);
  const largest = (n: number): CustomExercise => ({
    id: `custom-${String(n).padStart(16, '0')}`,
    name: widest(CUSTOM_LIMITS.name.max),
    steps: Array.from({ length: CUSTOM_LIMITS.steps.lines }, () =>
      widest(Math.floor(CUSTOM_LIMITS.steps.max / CUSTOM_LIMITS.steps.lines) - 1),
    ).join('\n'),
    kind: 'hold',
    amount: 300,
    sets: 10,
    perSide: true,
    progression: null,
  });

  it('keeps the largest allowed exercise within one item, and all of them with the settings within the total', () => {
    const exercises = Array.from({ length: CUSTOM_LIMITS.count.max }, (_, n) => largest(n));
    for (const exercise of exercises) expect(checkCustomExercise(exercise)).toEqual({});
    const one = bytes(exercises[0]?.id ?? '', exercises[0]);
    expect(one).toBeLessThan(8192);

    const routines = exercises.reduce(withCustomAdded, DEFAULT_SETTINGS.routines);
    const settings = { ...DEFAULT_SETTINGS, routines };
    expect(checkRoutines(routines)).toBeNull();
    const settingsBytes = bytes('settings', settings);
    expect(settingsBytes).toBeLessThan(8192);
    const total = settingsBytes + exercises.reduce((sum, e) => sum + bytes(e.id, e), 0);
    expect(total).toBeLessThan(102_400);
  });
});
