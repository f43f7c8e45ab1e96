/** The stretch page's progress through one break, as a reducer; the page runs the effects and reports back. */
import { breakResult, breakSteps, type Run, startRun } from './break-sequence';
import type { BreakResult } from './history';
import type { Routine, RoutineName } from './routine';

export type Stage = 'loading' | 'elsewhere' | 'safety' | 'ready' | 'running' | 'summary' | 'left' | 'ended';

/** What the person chose after the break; each is also the command that carries it out. */
export type Choice = 'anotherBlock' | 'doneForNow';

/** A `final` failure is one that trying again cannot mend: the break was ended elsewhere. */
export type SaveState = { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; error: string; final: boolean };

export interface StretchProgress {
  stage: Stage;
  breakId: string | null;
  routine: Routine | null;
  /** Which of the person's routines this break runs. */
  routineName: RoutineName;
  run: Run | null;
  /** The safety notes have been acknowledged, now or on an earlier break. */
  acknowledged: boolean;
  soundCues: boolean;
  /** What the finished break did, once it is over. */
  result: BreakResult | null;
  save: SaveState;
  choice: Choice | null;
  /** A choice is on its way to the background. */
  busy: boolean;
  /** Why the last thing the page tried failed, as the browser or the background said it. */
  error: string | null;
}

export type StretchAction =
  /** Another tab holds the break. */
  | { type: 'elsewhere' }
  /** This tab holds the break: a new one, or one handed over with its routine and run. */
  | {
      type: 'began';
      breakId: string;
      routine: Routine;
      routineName: RoutineName;
      run: Run | null;
      acknowledged: boolean;
      soundCues: boolean;
    }
  /** Before it starts, the person swaps the full break for the quick one or back. */
  | { type: 'switched'; routine: Routine; routineName: RoutineName }
  | { type: 'failed'; error: string }
  | { type: 'acknowledged' }
  | { type: 'started'; at: number }
  /** The workout moved the run on (a step done, a pause, a skip). */
  | { type: 'ran'; update: (run: Run) => Run }
  | { type: 'finished'; run: Run }
  | { type: 'saving' }
  | { type: 'saved' }
  | { type: 'saveFailed'; error: string; final: boolean }
  | { type: 'choosing' }
  | { type: 'chose'; choice: Choice }
  | { type: 'choiceFailed'; error: string }
  /** The break was ended outside this tab (from the popup, or a new block) before it finished here. */
  | { type: 'endedElsewhere' };

export const LOADING: StretchProgress = {
  stage: 'loading',
  breakId: null,
  routine: null,
  routineName: 'full',
  run: null,
  acknowledged: false,
  soundCues: false,
  result: null,
  save: { kind: 'saving' },
  choice: null,
  busy: false,
  error: null,
};

/** Stands for "nothing done yet" in the reports sent before the routine starts. */
const NOT_STARTED = startRun(0);

export function stretchProgress(state: StretchProgress, action: StretchAction): StretchProgress {
  switch (action.type) {
    case 'elsewhere':
      return { ...state, stage: 'elsewhere' };
    case 'began': {
      const { breakId, routine, routineName, run, acknowledged, soundCues } = action;
      const stage = run ? 'running' : acknowledged ? 'ready' : 'safety';
      return {
        ...state,
        stage,
        breakId,
        routine,
        routineName,
        run,
        acknowledged,
        soundCues,
        result: null,
        choice: null,
        error: null,
      };
    }
    case 'switched':
      if (state.run || (state.stage !== 'ready' && state.stage !== 'safety')) return state;
      return { ...state, routine: action.routine, routineName: action.routineName };
    case 'failed':
      return { ...state, error: action.error };
    case 'acknowledged':
      return { ...state, acknowledged: true, stage: 'ready' };
    case 'started':
      return { ...state, run: startRun(action.at), stage: 'running' };
    case 'ran':
      return state.run ? { ...state, run: action.update(state.run) } : state;
    case 'finished':
      if (!state.routine) return state;
      return {
        ...state,
        run: action.run,
        result: breakResult(state.routine, breakSteps(state.routine), action.run),
        stage: 'summary',
      };
    case 'saving':
      return { ...state, save: { kind: 'saving' } };
    case 'saved':
      return { ...state, save: { kind: 'saved' } };
    case 'saveFailed':
      return { ...state, save: { kind: 'failed', error: action.error, final: action.final } };
    case 'choosing':
      return { ...state, busy: true };
    case 'chose':
      return { ...state, busy: false, error: null, choice: action.choice, stage: 'left' };
    case 'choiceFailed':
      return { ...state, busy: false, error: action.error };
    case 'endedElsewhere':
      return isUnderway(state) ? { ...state, stage: 'ended' } : state;
  }
}

/** Whether this tab holds the break, so its progress is its own to report. */
export function ownsBreak(state: StretchProgress): boolean {
  return state.stage !== 'loading' && state.stage !== 'elsewhere' && state.stage !== 'ended';
}

/** Whether the break is under way in this tab, not yet finished: its progress is reported as it changes. */
export function isUnderway(state: Pick<StretchProgress, 'stage'>): boolean {
  return state.stage === 'safety' || state.stage === 'ready' || state.stage === 'running';
}

/** What the break has done so far, as the page reports it; `null` before this tab holds one. */
export function progressReport(state: StretchProgress): { breakId: string; result: BreakResult } | null {
  const { breakId, routine } = state;
  if (!ownsBreak(state) || !breakId || !routine) return null;
  return { breakId, result: state.result ?? breakResult(routine, breakSteps(routine), state.run ?? NOT_STARTED) };
}
