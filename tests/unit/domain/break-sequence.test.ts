import { describe, expect, it } from 'vitest';
import {
  back,
  breakResult,
  breakSteps,
  estimatedMs,
  isOver,
  type Run,
  settle,
  skip,
  startRun,
  togglePause,
  viewAt,
} from '@/utils/domain/break-sequence';
import { buildRoutine, routinesFromBreaks } from '@/utils/domain/routine';
import { DEFAULT_SETTINGS } from '@/utils/domain/settings';

const T0 = new Date(2026, 10, 23, 10, 0, 0).getTime();
const S = 1000;

/** "kind:item/set/side:seconds" for every step, so a whole timeline reads at a glance. */
function outline(steps: ReturnType<typeof breakSteps>): string[] {
  return steps.map(
    (s) => `${s.kind}:${s.item}/${s.set}${s.side ? `/${s.side}` : ''}:${s.ms === null ? '-' : s.ms / S}`,
  );
}

describe('the timeline of a break', () => {
  it('runs get ready, hold and rest for every set, with no rest after the last', () => {
    const routine = buildRoutine({ routines: routinesFromBreaks(['plank']), restSeconds: 15 }, {});
    expect(outline(breakSteps(routine))).toEqual([
      'getReady:0/1:10',
      'work:0/1:25',
      'rest:0/2:15',
      'getReady:0/2:5',
      'work:0/2:25',
      'rest:0/3:15',
      'getReady:0/3:5',
      'work:0/3:25',
    ]);
  });

  it('does each set of a sided exercise left then right, resting only between sets', () => {
    const routine = buildRoutine({ routines: routinesFromBreaks(['child-pose']), restSeconds: 20 }, {});
    expect(outline(breakSteps(routine))).toEqual([
      'getReady:0/1/left:10',
      'work:0/1/left:30',
      'getReady:0/1/right:5',
      'work:0/1/right:30',
      'rest:0/2/left:20',
      'getReady:0/2/left:5',
      'work:0/2/left:30',
      'getReady:0/2/right:5',
      'work:0/2/right:30',
      'rest:0/3/left:20',
      'getReady:0/3/left:5',
      'work:0/3/left:30',
      'getReady:0/3/right:5',
      'work:0/3/right:30',
    ]);
  });

  it('rests before the next exercise, which starts with the longer get ready', () => {
    const routine = buildRoutine(
      { routines: routinesFromBreaks(['plank', 'rotation']), restSeconds: 15 },
      { plank: 35 },
    );
    const steps = outline(breakSteps(routine));
    expect(steps.slice(7, 10)).toEqual(['work:0/3:35', 'rest:1/1:15', 'getReady:1/1:10']);
    expect(steps).toHaveLength(17);
  });

  it('leaves out rests when the rest is 0 s and leaves repetitions untimed', () => {
    const routine = buildRoutine({ routines: routinesFromBreaks(['wall-squat']), restSeconds: 0 }, {});
    expect(outline(breakSteps(routine))).toEqual(['getReady:0/1:10', 'work:0/1:-', 'getReady:0/2:5', 'work:0/2:-']);
  });

  it('estimates the length of the default routine', () => {
    const routine = buildRoutine(DEFAULT_SETTINGS, {});
    // 345 s of holds, 8 rests of 15 s, 3 long and 9 short counts to get ready.
    expect(estimatedMs(routine, breakSteps(routine))).toBe((345 + 120 + 30 + 45) * S);
  });
});

describe('a run, from timestamps', () => {
  const routine = buildRoutine({ routines: routinesFromBreaks(['plank', 'child-pose']), restSeconds: 15 }, {});
  const steps = breakSteps(routine);

  it('counts down the current step', () => {
    const view = viewAt(steps, startRun(T0), T0 + 3.2 * S);
    expect(view.step?.kind).toBe('getReady');
    expect(view.msLeft).toBe(6.8 * S);
    expect(view.fraction).toBeCloseTo(0.32);
  });

  it('moves on by itself when a step runs out and counts the finished hold', () => {
    const view = viewAt(steps, startRun(T0), T0 + 36 * S);
    expect(view.run.index).toBe(2);
    expect(view.step?.kind).toBe('rest');
    expect(view.msLeft).toBe(14 * S);
    expect(view.run.done).toEqual([1]);
  });

  it('catches up exactly after the tab slept through several steps', () => {
    // 10 + 25 + 15 + 5 + 25 + 15 + 5 = 100 s: the third hold has just begun, however late we look.
    const late = settle(steps, startRun(T0), T0 + 103 * S);
    expect(late.index).toBe(7);
    expect(late.stepStartedAt).toBe(T0 + 100 * S);
    expect(late.done).toEqual([1, 4]);
    expect(settle(steps, late, T0 + 103 * S)).toBe(late);
  });

  it('holds still while paused and resumes where it stopped', () => {
    const paused = togglePause(steps, startRun(T0), T0 + 4 * S);
    expect(viewAt(steps, paused, T0 + 60 * S).msLeft).toBe(6 * S);
    expect(viewAt(steps, paused, T0 + 60 * S).paused).toBe(true);
    const resumed = togglePause(steps, paused, T0 + 60 * S);
    expect(resumed.pausedAt).toBeNull();
    expect(viewAt(steps, resumed, T0 + 61 * S).msLeft).toBe(5 * S);
    expect(viewAt(steps, resumed, T0 + 67 * S).step?.kind).toBe('work');
  });

  it('skips to the next step without counting a hold cut short', () => {
    const inHold = settle(steps, startRun(T0), T0 + 20 * S);
    const skipped = skip(steps, inHold, T0 + 20 * S);
    expect(skipped).toMatchObject({ index: 2, stepStartedAt: T0 + 20 * S, done: [] });
  });

  it('skipping while paused starts the next step paused', () => {
    const paused = togglePause(steps, startRun(T0), T0 + S);
    const skipped = skip(steps, paused, T0 + 2 * S);
    expect(skipped.pausedAt).toBe(T0 + 2 * S);
    expect(viewAt(steps, skipped, T0 + 90 * S)).toMatchObject({ msLeft: 25 * S, paused: true });
  });

  it('goes back to restart a step, or to the step before right after one began', () => {
    const inHold = settle(steps, startRun(T0), T0 + 20 * S);
    const restarted = back(steps, inHold, T0 + 20 * S);
    expect(restarted).toMatchObject({ index: 1, stepStartedAt: T0 + 20 * S });
    const previous = back(steps, restarted, T0 + 21 * S);
    expect(previous).toMatchObject({ index: 0, stepStartedAt: T0 + 21 * S });
    expect(back(steps, previous, T0 + 22 * S)).toMatchObject({ index: 0, stepStartedAt: T0 + 22 * S });
  });

  it('says which side and set comes next', () => {
    const childPose = steps.filter((step) => step.item === 1 && step.kind === 'work');
    expect(childPose.map((step) => `${step.side} ${step.set}`)).toEqual([
      'left 1',
      'right 1',
      'left 2',
      'right 2',
      'left 3',
      'right 3',
    ]);
  });

  it('ends after the last step and reports every set and side done', () => {
    const total = steps.reduce((sum, step) => sum + (step.ms ?? 0), 0);
    const over = settle(steps, startRun(T0), T0 + total);
    expect(isOver(steps, over)).toBe(true);
    expect(viewAt(steps, over, T0 + total + S)).toMatchObject({ step: null, msLeft: null, fraction: 1 });
    expect(breakResult(routine, steps, over)).toEqual({
      completed: true,
      exercises: [
        { id: 'plank', sets: 3, holdSeconds: 25 },
        { id: 'child-pose', sets: 6, holdSeconds: 30 },
      ],
    });
  });

  it('reports a break ended early as not completed, with what was done', () => {
    const partway = settle(steps, startRun(T0), T0 + 40 * S);
    expect(breakResult(routine, steps, partway)).toEqual({
      completed: false,
      exercises: [
        { id: 'plank', sets: 1, holdSeconds: 25 },
        { id: 'child-pose', sets: 0, holdSeconds: 30 },
      ],
    });
  });

  it('does not call a routine skipped from start to end completed', () => {
    let run = startRun(T0);
    while (!isOver(steps, run)) run = skip(steps, run, T0 + S);
    expect(breakResult(routine, steps, run)).toMatchObject({ completed: false });
  });

  it('counts a set of repetitions when the person says it is done, and only once', () => {
    const squats = buildRoutine({ routines: routinesFromBreaks(['wall-squat']), restSeconds: 0 }, {});
    const squatSteps = breakSteps(squats);
    let run: Run = settle(squatSteps, startRun(T0), T0 + 10 * S);
    expect(viewAt(squatSteps, run, T0 + 600 * S)).toMatchObject({ msLeft: null, run: { index: 1 } });
    run = skip(squatSteps, run, T0 + 40 * S);
    run = back(squatSteps, run, T0 + 41 * S);
    run = skip(squatSteps, run, T0 + 50 * S);
    expect(breakResult(squats, squatSteps, run).exercises).toEqual([{ id: 'wall-squat', sets: 1, holdSeconds: 0 }]);
  });
});
