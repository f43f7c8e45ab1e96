import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { ExerciseCard } from '@/components/ExerciseCard';
import { afterFirstFrame } from '@/utils/after-first-frame';
import { breakResult, breakSteps, estimatedMs, type Run, startRun } from '@/utils/break-sequence';
import type { BreakResult } from '@/utils/history';
import type { Command, Reply } from '@/utils/messages';
import { nativeApi } from '@/utils/native-api';
import type { Progression } from '@/utils/progression';
import { buildRoutine, type Routine } from '@/utils/routine';
import { SETTINGS_KEY, type Settings, settingsFrom } from '@/utils/settings';
import { isAcknowledgement, progressionFrom, STRETCH_KEYS } from '@/utils/stretch-values';
import type { Cues } from './cues';
import { SafetyNotes, SafetyScreen } from './Safety';
import type { SaveState, Summary } from './Summary';
import type { TabLock } from './tab-lock';
import { Workout } from './Workout';

/** What a tab hands to the tab that takes its break over. */
export interface Handoff {
  breakId: string;
  routine: Routine;
  run: Run | null;
}

export interface StretchDeps {
  send(command: Command): Promise<Reply>;
  lock: TabLock<Handoff>;
  cues: Cues;
  closeTab(): Promise<void>;
  newBreakId(): string;
}

type Stage = 'loading' | 'elsewhere' | 'safety' | 'ready' | 'running' | 'summary' | 'left';
type Choice = 'anotherBlock' | 'doneForNow';

/** The stretch page's storage items, for its writes, loaded after the first frame. */
const stretchStorage = afterFirstFrame(() => import('@/utils/stretch-storage'));

/** What the first frame needs, read with the browser's own API so the storage library can load after it. */
async function firstRead(): Promise<{ settings: Settings; progression: Progression; ack: boolean }> {
  const { storage } = nativeApi();
  const [synced, local] = await Promise.all([
    storage.sync.get(SETTINGS_KEY),
    storage.local.get([STRETCH_KEYS.progression, STRETCH_KEYS.safetyAcknowledged]),
  ]);
  return {
    settings: settingsFrom(synced[SETTINGS_KEY]),
    progression: progressionFrom(local[STRETCH_KEYS.progression]),
    ack: isAcknowledgement(local[STRETCH_KEYS.safetyAcknowledged]),
  };
}

/** The summary, loaded after the first frame: a break takes minutes, so it is there long before it shows. */
const summaryModule = afterFirstFrame(() => import('./Summary'));

function useSummary(): typeof Summary | null {
  const [view, setView] = useState<typeof Summary | null>(null);
  useEffect(() => {
    void summaryModule((module) => setView(() => module.Summary));
  }, []);
  return view;
}

/** Stands for "nothing done yet" in the reports sent before the routine starts. */
const NOT_STARTED = startRun(0);

async function sendSafely(deps: StretchDeps, command: Command): Promise<Reply> {
  try {
    return await deps.send(command);
  } catch (error) {
    return { ok: false, error: String(error) };
  }
}

function Intro({ routine, onStart }: { routine: Routine; onStart: () => void }) {
  const minutes = Math.max(1, Math.round(estimatedMs(routine, breakSteps(routine)) / 60_000));
  return (
    <section class="intro" aria-labelledby="intro-title">
      <h2 id="intro-title" tabIndex={-1}>
        {i18n.t('stretchPage.routineTitle')}
      </h2>
      <p class="lead">{i18n.t('stretchPage.routineLead', [String(minutes)])}</p>
      <button type="button" class="primary big" onClick={onStart}>
        {i18n.t('stretchPage.start')}
      </button>
      <p class="hint">{i18n.t('stretchPage.keysHint')}</p>
      <div class="cards">
        {routine.items.map((item, index) => (
          <ExerciseCard
            key={item.exercise.id}
            item={item}
            level={3}
            eyebrow={i18n.t('stretchPage.exerciseOf', [String(index + 1), String(routine.items.length)])}
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

/** The guided stretch break: safety first, the routine, the timer, then the summary. */
export function StretchPage({ deps }: { deps: StretchDeps }) {
  const SummaryView = useSummary();
  const [stage, setStage] = useState<Stage>('loading');
  const [breakId, setBreakId] = useState<string | null>(null);
  const [routine, setRoutine] = useState<Routine | null>(null);
  const [run, setRun] = useState<Run | null>(null);
  const [acknowledged, setAcknowledged] = useState(false);
  const [soundCues, setSoundCues] = useState(false);
  const [result, setResult] = useState<BreakResult | null>(null);
  const [save, setSave] = useState<SaveState>({ kind: 'saving' });
  const [choice, setChoice] = useState<Choice | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const main = useRef<HTMLElement>(null);
  const shownStage = useRef<Stage>('loading');

  const steps = useMemo(() => (routine ? breakSteps(routine) : []), [routine]);
  const handoff = useRef<Handoff | null>(null);
  handoff.current = breakId && routine ? { breakId, routine, run } : null;
  const announce = useCallback((text: string) => setMessage(text), []);

  useEffect(() => {
    async function begin(from: Handoff | null): Promise<void> {
      try {
        const { settings, progression, ack } = await firstRead();
        setSoundCues(settings.soundCues);
        setAcknowledged(ack);
        setBreakId(from?.breakId ?? deps.newBreakId());
        setRoutine(from?.routine ?? buildRoutine(settings, progression));
        setRun(from?.run ?? null);
        setResult(null);
        setChoice(null);
        setError(null);
        setStage(from?.run ? 'running' : ack ? 'ready' : 'safety');
      } catch (failure) {
        setError(i18n.t('stretchPage.commandFailed', [String(failure)]));
      }
    }
    deps.lock.start({
      gained: (from) => void begin(from),
      busy: () => setStage('elsewhere'),
      lost: () => {
        setStage('elsewhere');
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

  // Report progress as it changes, so the break is recorded even if this tab is closed.
  const reporting = stage === 'safety' || stage === 'ready' || stage === 'running';
  const report = reporting && routine ? JSON.stringify(breakResult(routine, steps, run ?? NOT_STARTED)) : null;
  useEffect(() => {
    if (!breakId || report === null) return;
    void sendSafely(deps, { type: 'breakProgress', breakId, result: JSON.parse(report) as BreakResult, ended: false });
  }, [deps, breakId, report]);

  // A last report as the page goes away ends the break in the background straight away.
  const last = useRef<{ breakId: string; result: BreakResult } | null>(null);
  const owned = stage !== 'loading' && stage !== 'elsewhere';
  last.current =
    owned && breakId && routine ? { breakId, result: result ?? breakResult(routine, steps, run ?? NOT_STARTED) } : null;
  useEffect(() => {
    function leaving() {
      if (last.current) void sendSafely(deps, { type: 'breakProgress', ...last.current, ended: true });
    }
    window.addEventListener('pagehide', leaving);
    return () => window.removeEventListener('pagehide', leaving);
  }, [deps]);

  async function acknowledge(): Promise<void> {
    try {
      await stretchStorage((module) => module.safetyAcknowledgedItem.setValue(Date.now()));
      setAcknowledged(true);
      setStage('ready');
    } catch (failure) {
      setError(i18n.t('stretchPage.commandFailed', [String(failure)]));
    }
  }

  function start(): void {
    if (soundCues) deps.cues.prepare();
    setRun(startRun(Date.now()));
    setStage('running');
  }

  async function record(done: BreakResult): Promise<void> {
    setSave({ kind: 'saving' });
    const reply = await sendSafely(deps, { type: 'finishBreak', result: done });
    if (!reply.ok) {
      setSave({ kind: 'failed', error: reply.error });
      return;
    }
    setSave({ kind: 'saved' });
    // Only now may another tab start a break: this one is in the history.
    deps.lock.release();
  }

  function finish(final: Run): void {
    if (!routine) return;
    const done = breakResult(routine, steps, final);
    setRun(final);
    setResult(done);
    setStage('summary');
    void record(done);
  }

  async function choose(next: Choice): Promise<void> {
    setBusy(true);
    const reply = await sendSafely(deps, { type: next });
    setBusy(false);
    if (!reply.ok) {
      setError(i18n.t('stretchPage.commandFailed', [reply.error]));
      return;
    }
    setError(null);
    setChoice(next);
    setStage('left');
    await deps.closeTab().catch(() => undefined);
  }

  return (
    <main class="stretch" ref={main}>
      <header class="page-header">
        <h1>{i18n.t('stretchPage.title')}</h1>
        {acknowledged && stage !== 'safety' && <SafetyNotes />}
      </header>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {stage === 'loading' && <p>{i18n.t('stretchPage.loading')}</p>}
      {stage === 'elsewhere' && <Elsewhere onTakeOver={() => deps.lock.takeOver()} />}
      {stage === 'safety' && <SafetyScreen onAcknowledge={() => void acknowledge()} />}
      {stage === 'ready' && routine && <Intro routine={routine} onStart={start} />}
      {stage === 'running' && routine && run && (
        <Workout
          routine={routine}
          steps={steps}
          run={run}
          onRun={(update) => setRun((current) => (current ? update(current) : current))}
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
      <p class="visually-hidden" role="status">
        {message}
      </p>
    </main>
  );
}
