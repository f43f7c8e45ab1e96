import { describe, expect, it } from 'vitest';
import { buildRoutine, routinesFromBreaks } from '@/utils/domain/routine';
import { DEFAULT_SETTINGS } from '@/utils/domain/settings';

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
