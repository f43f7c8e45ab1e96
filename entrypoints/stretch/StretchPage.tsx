import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { useAfterFirstFrame } from '@/components/hooks/useAfterFirstFrame';
import { afterFirstFrame } from '@/utils/client/after-first-frame';
import { nativeApi } from '@/utils/client/native-api';
import { breakResult, breakSteps, estimatedMs, type Run } from '@/utils/domain/break-sequence';
import type { CustomExercise } from '@/utils/domain/custom-exercise';
import type { BreakResult } from '@/utils/domain/history';
import type { Progression } from '@/utils/domain/progression';
import type { Command, Reply } from '@/utils/domain/protocol';
import { buildRoutine, type Routine, type RoutineName } from '@/utils/domain/routine';
import type { Settings } from '@/utils/domain/settings';
import {
  type Choice,
  isUnderway,
  LOADING,
  progressReport,
  type Stage,
  stretchProgress,
} from '@/utils/domain/stretch-progress';
import { formatMinutes, formatNumber } from '@/utils/i18n/numbers';
import { SETTINGS_KEY, STRETCH_KEYS } from '@/utils/storage/local-keys';
import { customExercisesFrom, isAcknowledgement, progressionFrom, settingsFrom } from '@/utils/storage/stored-values';
import type { Cues } from './cues';
import { ExerciseCard } from './ExerciseCard';
import { KeysHint } from './KeysHint';
import { SafetyNotes, SafetyScreen } from './Safety';
import type { TabLock } from './tab-lock';
import { Workout } from './Workout';

/** What a tab hands to the tab that takes its break over. */
export interface Handoff {
  breakId: string;
  routine: Routine;
  routineName: RoutineName;
  run: Run | null;
}

export interface StretchDeps {
  /** Never throws: a background that cannot be reached answers `{ ok: false }`. */
  send(command: Command): Promise<Reply>;
  lock: TabLock<Handoff>;
  cues: Cues;
  closeTab(): Promise<void>;
  /** Calls `ended` when break `breakId` is ended outside the page; returns what stops watching. */
  watchBreakEnd(breakId: string, ended: () => void): () => void;
  newBreakId(): string;
  /** The routine the page was opened for. */
  routineName: RoutineName;
}

interface IntroProps {
  routine: Routine;
  routineName: RoutineName;
  onStart: () => void;
  onSwitch: (name: RoutineName) => void;
}

function Intro({ routine, routineName, onStart, onSwitch }: IntroProps) {
  const minutes = Math.max(1, Math.round(estimatedMs(routine, breakSteps(routine)) / 60_000));
  const quick = routineName === 'quick';
  return (
    <section class="intro" aria-labelledby="intro-title">
      <h2 id="intro-title" tabIndex={-1}>
        {quick ? i18n.t('routine.quickTitle') : i18n.t('stretchPage.routineTitle')}
      </h2>
      <p class="lead">{i18n.t('stretchPage.routineLead', [formatMinutes(minutes)])}</p>
      <div class="controls start-choices">
        <button type="button" class="primary big" onClick={onStart}>
          {i18n.t('stretchPage.start')}
        </button>
        <button type="button" onClick={() => onSwitch(quick ? 'full' : 'quick')}>
          {quick ? i18n.t('routine.switchToFull') : i18n.t('routine.switchToQuick')}
        </button>
      </div>
      <KeysHint />
      <div class="cards">
        {routine.items.map((item, index) => (
          <ExerciseCard
            key={item.exercise.id}
            item={item}
            level={3}
            eyebrow={i18n.t('stretchPage.exerciseOf', [formatNumber(index + 1), formatNumber(routine.items.length)])}
          />
        ))}
      </div>
    </section>
  );
}

function Elsewhere({ onTakeOver }: { onTakeOver: () => void }) {
  return (
    <section class="panel" aria-labelledby="elsewhere-title">
      <h2 id="elsewhere-title" tabIndex={-1}>
        {i18n.t('stretchPage.elsewhereTitle')}
      </h2>
      <p>{i18n.t('stretchPage.elsewhereBody')}</p>
      <button type="button" class="primary big" onClick={onTakeOver}>
        {i18n.t('stretchPage.takeOver')}
      </button>
    </section>
  );
}

/** The stored items, for the page's writes, loaded after the first frame. */
const items = afterFirstFrame(() => import('@/utils/storage/items'));

/** What the first frame needs, read with the browser's own API so the storage library can load after it. */
async function firstRead(): Promise<{
  settings: Settings;
  progression: Progression;
  customs: CustomExercise[];
  ack: boolean;
}> {
  const { storage } = nativeApi();
  // All of the synced area: the settings and the person's own exercises, each under its own key.
  const [synced, local] = await Promise.all([
    storage.sync.get(null),
    storage.local.get([STRETCH_KEYS.progression, STRETCH_KEYS.safetyAcknowledged]),
  ]);
  return {
    settings: settingsFrom(synced[SETTINGS_KEY]),
    progression: progressionFrom(local[STRETCH_KEYS.progression]),
    customs: customExercisesFrom(synced),
    ack: isAcknowledgement(local[STRETCH_KEYS.safetyAcknowledged]),
  };
}

/** The summary, loaded after the first frame: a break takes minutes, so it is there long before it shows. */
const summaryModule = afterFirstFrame(() => import('./Summary'));

/** The guided stretch break: safety first, the routine, the timer, then the summary. */
export function StretchPage({ deps }: { deps: StretchDeps }) {
  const SummaryView = useAfterFirstFrame(summaryModule, (module) => module.Summary);
  const [state, act] = useReducer(stretchProgress, LOADING);
  const { stage, breakId, routine, routineName, run, acknowledged, soundCues, result, save, choice, busy, error } =
    state;
  /** What the routines are built from, kept so the person can switch routine before starting. */
  const sources = useRef<{ settings: Settings; progression: Progression; customs: CustomExercise[] } | null>(null);
  const [message, setMessage] = useState('');
  const main = useRef<HTMLElement>(null);
  const shownStage = useRef<Stage>('loading');

  const steps = useMemo(() => (routine ? breakSteps(routine) : []), [routine]);
  const handoff = useRef<Handoff | null>(null);
  handoff.current = breakId && routine ? { breakId, routine, routineName, run } : null;
  const announce = useCallback((text: string) => setMessage(text), []);

  useEffect(() => {
    async function begin(from: Handoff | null): Promise<void> {
      try {
        const { settings, progression, customs, ack } = await firstRead();
        sources.current = { settings, progression, customs };
        const routineName = from?.routineName ?? deps.routineName;
        // Taken over mid-break with a click: the tones this tab will play are allowed now.
        if (from?.run && settings.soundCues) deps.cues.prepare();
        act({
          type: 'began',
          breakId: from?.breakId ?? deps.newBreakId(),
          routine: from?.routine ?? buildRoutine(settings, progression, customs, routineName),
          routineName,
          run: from?.run ?? null,
          acknowledged: ack,
          soundCues: settings.soundCues,
        });
      } catch (failure) {
        act({ type: 'failed', error: String(failure) });
      }
    }
    deps.lock.start({
      gained: (from) => void begin(from),
      busy: () => act({ type: 'elsewhere' }),
      lost: () => {
        act({ type: 'elsewhere' });
        return handoff.current;
      },
    });
    return () => deps.lock.stop();
  }, [deps]);

  // Move focus to the new part of the page, except on first load and while the timer runs.
  useEffect(() => {
    const before = shownStage.current;
    shownStage.current = stage;
    if (before === 'loading' || stage === 'running' || stage === before) return;
    main.current?.querySelector<HTMLElement>('h2[tabindex]')?.focus();
  }, [stage]);

  // Report progress as it changes, so the break is recorded even if this tab is closed; and once
  // more on Start, after the break it starts here (one reloaded while off) is on to take it.
  const reporting = isUnderway(state);
  const progress = reporting ? progressReport(state) : null;
  const report = progress ? JSON.stringify(progress.result) : null;
  const started = stage === 'running';
  useEffect(() => {
    if (!breakId || report === null) return;
    void deps.send({ type: 'breakProgress', breakId, result: JSON.parse(report) as BreakResult, ended: false });
  }, [deps, breakId, report, started]);

  // A last report as the page goes away ends the break in the background straight away.
  const last = useRef<{ breakId: string; result: BreakResult } | null>(null);
  last.current = progressReport(state);
  useEffect(() => {
    function leaving() {
      if (last.current) void deps.send({ type: 'breakProgress', ...last.current, ended: true });
    }
    window.addEventListener('pagehide', leaving);
    return () => window.removeEventListener('pagehide', leaving);
  }, [deps]);

  // Ended from the popup or by a new block: recorded as if the tab closed, and the next break
  // may open in any tab instead of waiting on this one.
  useEffect(() => {
    if (!reporting || !breakId) return;
    return deps.watchBreakEnd(breakId, () => {
      if (last.current) void deps.send({ type: 'breakProgress', ...last.current, ended: true });
      act({ type: 'endedElsewhere' });
      deps.lock.release();
    });
  }, [deps, reporting, breakId]);

  async function acknowledge(): Promise<void> {
    try {
      await items((module) => module.safetyAcknowledgedItem.setValue(Date.now()));
      act({ type: 'acknowledged' });
    } catch (failure) {
      act({ type: 'failed', error: String(failure) });
    }
  }

  function switchTo(name: RoutineName): void {
    const from = sources.current;
    if (!from) return;
    act({
      type: 'switched',
      routineName: name,
      routine: buildRoutine(from.settings, from.progression, from.customs, name),
    });
  }

  function start(): void {
    if (soundCues) deps.cues.prepare();
    act({ type: 'started', at: Date.now() });
    // The break may have ended while the page waited (reloaded, or closed from the popup):
    // starting here starts it again, in this tab, so that it can be recorded.
    void deps.send({ type: 'startBreak', routine: routineName, here: true });
  }

  async function record(done: BreakResult): Promise<void> {
    act({ type: 'saving' });
    const reply = await deps.send({ type: 'finishBreak', result: done });
    if (!reply.ok) {
      // A break ended elsewhere (the popup, another tab) is not this page's to record, nor to hold.
      if (reply.refusedIn) {
        act({ type: 'saveFailed', error: i18n.t('trust.breakEnded'), final: true });
        deps.lock.release();
      } else act({ type: 'saveFailed', error: reply.error, final: false });
      return;
    }
    act({ type: 'saved' });
    // Only now may another tab start a break: this one is in the history.
    deps.lock.release();
  }

  function finish(final: Run): void {
    if (!routine) return;
    act({ type: 'finished', run: final });
    void record(breakResult(routine, steps, final));
  }

  async function choose(next: Choice): Promise<void> {
    act({ type: 'choosing' });
    const reply = await deps.send({ type: next });
    // Refused only when the session has moved on elsewhere (the popup, another block): nothing is left to do here.
    if (!reply.ok && reply.refusedIn === undefined) {
      act({ type: 'choiceFailed', error: reply.error });
      return;
    }
    act({ type: 'chose', choice: next });
    await deps.closeTab().catch(() => undefined);
  }
  return (
    <main class="stretch" ref={main}>
      <header class="page-header">
        <h1>{i18n.t('stretchPage.title')}</h1>
        {acknowledged && stage !== 'safety' && <SafetyNotes />}
      </header>
      {error !== null && (
        <p class="error" role="alert">
          {i18n.t('stretchPage.commandFailed', [error])}
        </p>
      )}
      {stage === 'loading' && <p>{i18n.t('stretchPage.loading')}</p>}
      {stage === 'elsewhere' && <Elsewhere onTakeOver={() => deps.lock.takeOver()} />}
      {stage === 'safety' && <SafetyScreen onAcknowledge={() => void acknowledge()} />}
      {stage === 'ready' && routine && (
        <Intro routine={routine} routineName={routineName} onStart={start} onSwitch={switchTo} />
      )}
      {stage === 'running' && routine && run && (
        <Workout
          routine={routine}
          steps={steps}
          run={run}
          onRun={(update) => act({ type: 'ran', update })}
          onEnd={finish}
          announce={announce}
          cues={soundCues ? deps.cues : null}
        />
      )}
      {stage === 'summary' && routine && result && SummaryView && (
        <SummaryView
          routine={routine}
          result={result}
          save={save}
          onRetry={() => void record(result)}
          onChoose={(next) => void choose(next)}
          announce={announce}
          busy={busy}
        />
      )}
      {stage === 'left' && (
        <section class="panel">
          <h2 tabIndex={-1}>
            {choice === 'anotherBlock' ? i18n.t('stretchPage.leftBlock') : i18n.t('stretchPage.leftDone')}
          </h2>
        </section>
      )}
      {stage === 'ended' && (
        <section class="panel" aria-labelledby="ended-title">
          <h2 id="ended-title" tabIndex={-1}>
            {i18n.t('stretchPage.endedElsewhereTitle')}
          </h2>
          <p>{i18n.t('stretchPage.endedElsewhereBody')}</p>
        </section>
      )}
      <p class="visually-hidden" role="status">
        {message}
      </p>
    </main>
  );
}
