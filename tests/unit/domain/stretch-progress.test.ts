import { describe, expect, it } from 'vitest';
import { breakSteps, type Run, skip, startRun } from '@/utils/domain/break-sequence';
import { buildRoutine } from '@/utils/domain/routine';
import { DEFAULT_SETTINGS } from '@/utils/domain/settings';
import {
  LOADING,
  progressReport,
  type StretchAction,
  type StretchProgress,
  stretchProgress,
} from '@/utils/domain/stretch-progress';

const T0 = new Date(2026, 2, 14, 10, 0).getTime();
const routine = buildRoutine(DEFAULT_SETTINGS, {});
const steps = breakSteps(routine);

function through(actions: StretchAction[], from: StretchProgress = LOADING): StretchProgress {
  return actions.reduce(stretchProgress, from);
}

const began = (over: Partial<Extract<StretchAction, { type: 'began' }>> = {}): StretchAction => ({
  type: 'began',
  breakId: 'b1',
  routine,
  routineName: 'full',
  run: null,
  acknowledged: true,
  soundCues: false,
  ...over,
});

/** A run with every step skipped through, so it is over with nothing done. */
function runToEnd(run: Run): Run {
  let current = run;
  for (let i = 0; i < steps.length; i += 1) current = skip(steps, current, T0 + i);
  return current;
}

describe('the stretch page progress', () => {
  it('starts with the safety notes until they have been acknowledged', () => {
    expect(through([began({ acknowledged: false })]).stage).toBe('safety');
    expect(through([began({ acknowledged: false }), { type: 'acknowledged' }])).toMatchObject({
      stage: 'ready',
      acknowledged: true,
    });
    expect(through([began()]).stage).toBe('ready');
  });

  it('takes over a handed-over break where its run stands', () => {
    const run = { ...startRun(T0), index: 2 };
    expect(through([began({ run })])).toMatchObject({ stage: 'running', run, breakId: 'b1' });
  });

  it('starts the run at the moment of the press and lets the workout move it on', () => {
    const running = through([began(), { type: 'started', at: T0 }]);
    expect(running).toMatchObject({ stage: 'running', run: startRun(T0) });
    const moved = stretchProgress(running, { type: 'ran', update: (run) => skip(steps, run, T0 + 5) });
    expect(moved.run?.index).toBe(1);
  });

  it('ignores a run update when nothing runs', () => {
    const ready = through([began()]);
    expect(stretchProgress(ready, { type: 'ran', update: (run) => ({ ...run, index: 9 }) })).toBe(ready);
  });

  it('shows the summary with what the finished run did', () => {
    const final = runToEnd(startRun(T0));
    const summary = through([began(), { type: 'started', at: T0 }, { type: 'finished', run: final }]);
    expect(summary.stage).toBe('summary');
    expect(summary.run).toBe(final);
    expect(summary.result).toEqual({
      completed: false,
      exercises: routine.items.map((item) => expect.objectContaining({ id: item.exercise.id, sets: 0 })),
    });
  });

  it('cannot finish a break it never loaded', () => {
    expect(stretchProgress(LOADING, { type: 'finished', run: startRun(T0) })).toBe(LOADING);
  });

  it('tracks saving the break, including a failure to retry', () => {
    const summary = through([began(), { type: 'started', at: T0 }, { type: 'finished', run: runToEnd(startRun(T0)) }]);
    expect(through([{ type: 'saving' }], summary).save).toEqual({ kind: 'saving' });
    expect(through([{ type: 'saveFailed', error: 'gone', final: false }], summary).save).toEqual({
      kind: 'failed',
      error: 'gone',
      final: false,
    });
    expect(
      through([{ type: 'saveFailed', error: 'gone', final: false }, { type: 'saving' }, { type: 'saved' }], summary)
        .save,
    ).toEqual({
      kind: 'saved',
    });
  });

  it('stays on the summary when a choice does not go through, and leaves once one does', () => {
    const summary = through([began(), { type: 'started', at: T0 }, { type: 'finished', run: runToEnd(startRun(T0)) }]);
    expect(through([{ type: 'choosing' }], summary).busy).toBe(true);
    const failed = through([{ type: 'choosing' }, { type: 'choiceFailed', error: 'no reply' }], summary);
    expect(failed).toMatchObject({ stage: 'summary', busy: false, error: 'no reply' });
    expect(through([{ type: 'choosing' }, { type: 'chose', choice: 'doneForNow' }], failed)).toMatchObject({
      stage: 'left',
      busy: false,
      error: null,
      choice: 'doneForNow',
    });
  });

  it('gives the break to another tab, and starts clean when it comes back', () => {
    const left = through([began(), { type: 'failed', error: 'x' }, { type: 'elsewhere' }]);
    expect(left.stage).toBe('elsewhere');
    expect(through([began({ breakId: 'b2' })], left)).toMatchObject({ stage: 'ready', breakId: 'b2', error: null });
  });

  it('reports progress only while this tab holds the break', () => {
    expect(progressReport(LOADING)).toBeNull();
    expect(progressReport(through([began(), { type: 'elsewhere' }]))).toBeNull();
    const ready = progressReport(through([began()]));
    expect(ready?.breakId).toBe('b1');
    expect(ready?.result.completed).toBe(false);
    expect(ready?.result.exercises.every((e) => e.sets === 0)).toBe(true);
    const summary = through([began(), { type: 'started', at: T0 }, { type: 'finished', run: runToEnd(startRun(T0)) }]);
    expect(progressReport(summary)?.result).toBe(summary.result);
  });
});
