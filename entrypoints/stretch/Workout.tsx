import { useEffect, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { Countdown } from '@/components/Countdown';
import { exerciseName, exerciseNameInSentence, setText } from '@/components/exercise-text';
import { type BreakStep, back, type Run, skip, togglePause, viewAt } from '@/utils/domain/break-sequence';
import type { Routine } from '@/utils/domain/routine';
import { formatNumber } from '@/utils/i18n/numbers';
import { plural } from '@/utils/i18n/plural';
import type { Cues } from './cues';
import { ExerciseCard } from './ExerciseCard';
import { KeysHint } from './KeysHint';
import { stepArrows } from './step-arrows';

/** How often the display refreshes; the time itself always comes from the clock. */
const REFRESH_MS = 200;

interface WorkoutProps {
  routine: Routine;
  steps: BreakStep[];
  run: Run;
  /** Changes the run from its latest state, so two quick key presses both count. */
  onRun: (update: (run: Run) => Run) => void;
  /** The routine ran out (`over`) or the person ended it. */
  onEnd: (run: Run) => void;
  announce: (text: string) => void;
  cues: Cues | null;
}

function stepLabel(step: BreakStep): string {
  if (step.kind === 'getReady') return i18n.t('stretchPage.getReady');
  if (step.kind === 'rest') return i18n.t('stretchPage.rest');
  return step.ms === null ? i18n.t('stretchPage.reps') : i18n.t('stretchPage.hold');
}

function announcement(step: BreakStep, routine: Routine): string {
  const item = routine.items[step.item];
  if (!item) return '';
  const name = exerciseName(item.exercise);
  const set = setText(step, item);
  const seconds = Math.round((step.ms ?? 0) / 1000);
  switch (step.kind) {
    case 'getReady':
      return i18n.t('stretchPage.sayGetReady', [name, set]);
    case 'rest':
      return plural('stretchPage.sayRest', seconds, [formatNumber(seconds), name, set]);
    case 'work': {
      if (step.ms !== null) return plural('stretchPage.sayHold', seconds, [formatNumber(seconds), set]);
      const reps = item.reps ?? 0;
      return plural('stretchPage.sayReps', reps, [formatNumber(reps), set]);
    }
  }
}

function isTyping(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('input, select, textarea') !== null;
}

function activatesOnSpace(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('button, a, summary, input, select, textarea') !== null;
}

/** The running routine: the current exercise, the countdown and the controls. */
export function Workout({ routine, steps, run, onRun, onEnd, announce, cues }: WorkoutProps) {
  const [now, setNow] = useState(Date.now());
  const view = viewAt(steps, run, now);
  const { step, paused } = view;
  const pauseButton = useRef<HTMLButtonElement>(null);
  const shown = useRef<number | null>(null);
  const ended = useRef(false);

  // Keep the stored run settled, so reports and hand-overs carry the sets done since.
  useEffect(() => {
    if (view.run !== run) onRun((current) => (current === run ? view.run : current));
    if (!step && !ended.current) {
      ended.current = true;
      onEnd(view.run);
    }
  });

  useEffect(() => {
    if (paused) return;
    const refresh = () => setNow(Date.now());
    const timer = setInterval(refresh, REFRESH_MS);
    document.addEventListener('visibilitychange', refresh);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', refresh);
    };
  }, [paused]);

  useEffect(() => {
    pauseButton.current?.focus();
  }, []);

  // Each new step is announced once, with a tone when a hold starts and when one is done.
  const index = view.run.index;
  const done = view.run.done;
  useEffect(() => {
    const before = shown.current;
    if (before === index) return;
    shown.current = index;
    const current = steps[index];
    if (before !== null && steps[before]?.kind === 'work' && done.includes(before)) cues?.holdEnds();
    if (!current) return;
    announce(announcement(current, routine));
    if (current.kind === 'work') cues?.holdStarts();
  }, [index, steps, done, routine, announce, cues]);

  function act(change: (steps: readonly BreakStep[], run: Run, now: number) => Run): void {
    const at = Date.now();
    onRun((current) => change(steps, current, at));
    setNow(at);
  }

  /**
   * Back or Skip pressed with a pointer returns focus to Pause, so that Space then pauses as the
   * keys hint says, instead of pressing the same button again; from the keyboard, focus stays.
   */
  function stepWith(change: (steps: readonly BreakStep[], run: Run, now: number) => Run, event: MouseEvent): void {
    act(change);
    if (event.detail > 0) pauseButton.current?.focus();
  }

  function pauseOrResume(): void {
    announce(paused ? i18n.t('stretchPage.sayResumed') : i18n.t('stretchPage.sayPaused'));
    act(togglePause);
  }

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
      const arrows = stepArrows();
      if (event.key === ' ' && !activatesOnSpace(event.target)) {
        event.preventDefault();
        pauseOrResume();
      } else if (event.key === arrows.skip) {
        event.preventDefault();
        act(skip);
      } else if (event.key === arrows.back) {
        event.preventDefault();
        act(back);
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  if (!step) return null;
  const item = routine.items[step.item];
  if (!item) return null;
  const untimedWork = step.kind === 'work' && step.ms === null;
  const detail =
    step.kind === 'rest'
      ? i18n.t('stretchPage.next', [exerciseNameInSentence(item.exercise), setText(step, item)])
      : setText(step, item);

  return (
    <section class="workout" aria-labelledby="workout-title">
      <h2 id="workout-title" class="visually-hidden">
        {exerciseName(item.exercise)}
      </h2>
      <div class="workout-timer">
        <Countdown
          label={stepLabel(step)}
          msLeft={view.msLeft}
          fraction={view.fraction}
          inWords={(seconds, number) => plural('stretchPage.countdownSeconds', seconds, [number])}
          untimed={plural('stretchPage.repsCount', item.reps ?? 0)}
          note={paused ? i18n.t('stretchPage.paused') : undefined}
        />
        <p class="workout-detail">{detail}</p>
        <div class="controls">
          <button type="button" onClick={(event) => stepWith(back, event)}>
            {i18n.t('stretchPage.back')}
          </button>
          <button type="button" class="primary big" ref={pauseButton} onClick={pauseOrResume}>
            {paused ? i18n.t('stretchPage.resume') : i18n.t('stretchPage.pause')}
          </button>
          <button type="button" onClick={(event) => stepWith(skip, event)}>
            {untimedWork ? i18n.t('stretchPage.setDone') : i18n.t('stretchPage.skip')}
          </button>
          <button type="button" class="end" onClick={() => onEnd(view.run)}>
            {i18n.t('stretchPage.end')}
          </button>
        </div>
        <KeysHint />
      </div>
      <ExerciseCard
        item={item}
        level={3}
        eyebrow={i18n.t('stretchPage.exerciseOf', [formatNumber(step.item + 1), formatNumber(routine.items.length)])}
      />
    </section>
  );
}
