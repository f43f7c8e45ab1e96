/**
 * The timeline of a stretch break: get ready, hold (or repeat), rest, set after set and side
 * after side. A run is a position in that timeline plus the moment its current step began,
 * so its state at any time is computed from timestamps: a tab the browser throttled or put to
 * sleep catches up exactly, however few times its timer fired.
 */
import type { BreakResult } from './history';
import type { Routine } from './routine';

/** Time to get into position before the first set of an exercise. */
export const FIRST_GET_READY_SECONDS = 10;
/** The short count before every other set or side. */
export const GET_READY_SECONDS = 5;
/** What a set of repetitions is assumed to take, for the estimate of the routine's length. */
export const SECONDS_PER_REP = 4;
/** Within this much of a step's start, "back" goes to the step before instead of restarting it. */
export const BACK_RESTARTS_AFTER_MS = 3000;

export type StepKind = 'getReady' | 'work' | 'rest';
export type Side = 'left' | 'right';

export interface BreakStep {
  kind: StepKind;
  /** Index of the routine item this step does or, for get-ready and rest, leads to. */
  item: number;
  /** 1-based set of that item. */
  set: number;
  side: Side | null;
  /** Length in milliseconds; `null` for a set of repetitions, which ends when the person says so. */
  ms: number | null;
}

export function breakSteps(routine: Routine): BreakStep[] {
  const steps: BreakStep[] = [];
  routine.items.forEach((entry, item) => {
    const sides: (Side | null)[] = entry.perSide ? ['left', 'right'] : [null];
    for (let set = 1; set <= entry.sets; set += 1) {
      if (steps.length > 0 && routine.restSeconds > 0) {
        steps.push({ kind: 'rest', item, set, side: sides[0] ?? null, ms: routine.restSeconds * 1000 });
      }
      sides.forEach((side, n) => {
        const ready = set === 1 && n === 0 ? FIRST_GET_READY_SECONDS : GET_READY_SECONDS;
        steps.push({ kind: 'getReady', item, set, side, ms: ready * 1000 });
        steps.push({ kind: 'work', item, set, side, ms: entry.hold === null ? null : entry.hold * 1000 });
      });
    }
  });
  return steps;
}

/** How long the routine takes if nothing is skipped or paused. */
export function estimatedMs(routine: Routine, steps: readonly BreakStep[]): number {
  return steps.reduce((total, step) => {
    const reps = routine.items[step.item]?.reps ?? 0;
    return total + (step.ms ?? reps * SECONDS_PER_REP * 1000);
  }, 0);
}

export interface Run {
  /** The current step; equal to the number of steps once the routine is over. */
  index: number;
  /** When the current step began, moved later by every pause. */
  stepStartedAt: number;
  /** Set while paused: the time stands still at this moment. */
  pausedAt: number | null;
  /** Indexes of the work steps done in full. */
  done: number[];
}

export function startRun(now: number): Run {
  return { index: 0, stepStartedAt: now, pausedAt: null, done: [] };
}

export function isOver(steps: readonly BreakStep[], run: Run): boolean {
  return run.index >= steps.length;
}

/** The run as it stands at `now`: every timed step that has run out since is finished. */
export function settle(steps: readonly BreakStep[], run: Run, now: number): Run {
  if (run.pausedAt !== null) return run;
  let { index, stepStartedAt, done } = run;
  for (let step = steps[index]; step && step.ms !== null; step = steps[index]) {
    const endsAt = stepStartedAt + step.ms;
    if (now < endsAt) break;
    if (step.kind === 'work') done = withDone(done, index);
    index += 1;
    stepStartedAt = endsAt;
  }
  return index === run.index ? run : { ...run, index, stepStartedAt, done };
}

export interface BreakView {
  run: Run;
  step: BreakStep | null;
  /** Time left in the current step; `null` when it is untimed or the routine is over. */
  msLeft: number | null;
  /** How much of the current step has passed, 0 to 1. */
  fraction: number;
  paused: boolean;
}

export function viewAt(steps: readonly BreakStep[], run: Run, now: number): BreakView {
  const settled = settle(steps, run, now);
  const step = steps[settled.index] ?? null;
  const paused = settled.pausedAt !== null;
  if (!step || step.ms === null) return { run: settled, step, msLeft: null, fraction: step ? 0 : 1, paused };
  const elapsed = Math.max(0, (settled.pausedAt ?? now) - settled.stepStartedAt);
  const msLeft = Math.max(0, step.ms - elapsed);
  return { run: settled, step, msLeft, fraction: step.ms === 0 ? 1 : elapsed / step.ms, paused };
}

function withDone(done: number[], index: number): number[] {
  return done.includes(index) ? done : [...done, index];
}

function moveTo(run: Run, index: number, now: number, done = run.done): Run {
  return { index, stepStartedAt: now, pausedAt: run.pausedAt === null ? null : now, done };
}

export function togglePause(steps: readonly BreakStep[], run: Run, now: number): Run {
  const settled = settle(steps, run, now);
  if (isOver(steps, settled)) return settled;
  if (settled.pausedAt === null) return { ...settled, pausedAt: now };
  return { ...settled, stepStartedAt: settled.stepStartedAt + (now - settled.pausedAt), pausedAt: null };
}

/**
 * Moves on to the next step. A hold cut short does not count as done; a set of repetitions
 * counts, since the person ends it when the repetitions are done.
 */
export function skip(steps: readonly BreakStep[], run: Run, now: number): Run {
  const settled = settle(steps, run, now);
  const step = steps[settled.index];
  if (!step) return settled;
  const done = step.kind === 'work' && step.ms === null ? withDone(settled.done, settled.index) : settled.done;
  return moveTo(settled, settled.index + 1, now, done);
}

/** Restarts the current step or, right after it began, goes to the one before. */
export function back(steps: readonly BreakStep[], run: Run, now: number): Run {
  const settled = settle(steps, run, now);
  if (isOver(steps, settled)) return settled;
  const elapsed = (settled.pausedAt ?? now) - settled.stepStartedAt;
  const target = elapsed < BACK_RESTARTS_AFTER_MS && settled.index > 0 ? settled.index - 1 : settled.index;
  return moveTo(settled, target, now);
}

/**
 * What the run did, for the history: each side of a sided exercise counts as a set. A routine
 * run to its end with every set skipped is not a completed break.
 */
export function breakResult(routine: Routine, steps: readonly BreakStep[], run: Run): BreakResult {
  const done = new Set(run.done);
  return {
    completed: isOver(steps, run) && done.size > 0,
    exercises: routine.items.map((entry, item) => ({
      id: entry.exercise.id,
      sets: steps.filter((step, index) => step.item === item && step.kind === 'work' && done.has(index)).length,
      holdSeconds: entry.hold ?? 0,
    })),
  };
}
