import { useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { watchDayChange } from '@/components/day-change';
import { useAfterFirstFrame } from '@/components/hooks/useAfterFirstFrame';
import { useStoredLoad } from '@/components/hooks/useStoredLoad';
import { afterFirstFrame } from '@/utils/client/after-first-frame';
import { type BlockRun, suggestedMinutes } from '@/utils/domain/buildup';
import type { CustomExercise } from '@/utils/domain/custom-exercise';
import type { History } from '@/utils/domain/history';
import { checkHistory } from '@/utils/domain/history-checks';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/domain/settings';
import { hasActivity, totals } from '@/utils/domain/stats';
import { streaks } from '@/utils/domain/streaks';
import { formatMinutes } from '@/utils/i18n/numbers';
import { plural } from '@/utils/i18n/plural';
import { loadCustomExercises } from '@/utils/storage/custom-exercises';
import { blockRunItem, historyItem, settingsItem } from '@/utils/storage/items';
import { loadBlockRun, loadSettings } from '@/utils/storage/read';
import { updateSettings } from '@/utils/storage/update-settings';
import { BuildUp } from './BuildUp';
import { Summary } from './Summary';

/** The charts, the calendar, the exercises and the download: loaded while the history is read. */
const detailsModule = afterFirstFrame(() => import('./Details'));

interface Loaded {
  history: History;
  /** Keys of stored days that could not be read. */
  skipped: string[];
  settings: Settings;
  run: BlockRun;
  customs: CustomExercise[];
  now: number;
}

async function load(): Promise<Loaded> {
  const [stored, settings, run, customs] = await Promise.all([
    historyItem.getValue(),
    loadSettings(),
    loadBlockRun(),
    loadCustomExercises(),
  ]);
  const now = Date.now();
  return { ...checkHistory(stored, now, true), settings, run, customs, now };
}

function setBlockMinutes(minutes: number): Promise<void> {
  return updateSettings({ blockMinutes: minutes });
}

function SkippedNotice({ skipped }: { skipped: string[] }) {
  if (skipped.length === 0) return null;
  const text = skipped.includes('(all)') ? i18n.t('progress.unreadable') : plural('progress.skipped', skipped.length);
  return <p class="notice">{text}</p>;
}

function EmptyState() {
  return (
    <section class="card" aria-labelledby="empty-heading">
      <h2 id="empty-heading">{i18n.t('progress.emptyTitle')}</h2>
      <p>{i18n.t('progress.emptyBody')}</p>
      <p>{i18n.t('progress.emptyStart', [formatMinutes(DEFAULT_SETTINGS.blockMinutes)])}</p>
      <p>
        <a href="/options.html">{i18n.t('progress.emptySettings')}</a>
      </p>
    </section>
  );
}

/** The progress page: reads the history the background keeps and redraws whenever it changes. */
export function Progress() {
  const LoadedDetails = useAfterFirstFrame(detailsModule, (module) => module.Details);
  const data = useStoredLoad(load, historyItem.watch, settingsItem.watch, blockRunItem.watch, watchDayChange);
  const [status, setStatus] = useState('');
  const statusRef = useRef<HTMLParagraphElement>(null);

  const apply = (minutes: number) => {
    const report = (text: string) => {
      setStatus(text);
      // The offer goes away once applied: keep keyboard focus on the outcome, not lost on the page.
      statusRef.current?.focus();
    };
    setBlockMinutes(minutes).then(
      () => report(i18n.t('progress.buildUpApplied', [formatMinutes(minutes)])),
      () => report(i18n.t('progress.buildUpFailed')),
    );
  };

  const content = () => {
    if (!data) return <p>{i18n.t('progress.loading')}</p>;
    const { history, skipped, settings, run, now } = data;
    const suggested = suggestedMinutes(run, settings.blockMinutes);
    const offer = suggested !== null && <BuildUp run={run} suggested={suggested} onApply={apply} />;
    if (!hasActivity(history)) {
      return (
        <>
          <SkippedNotice skipped={skipped} />
          <EmptyState />
        </>
      );
    }
    return (
      <>
        <SkippedNotice skipped={skipped} />
        <Summary streak={streaks(history, now)} totals={totals(history)} />
        {offer}
        {LoadedDetails ? (
          <LoadedDetails history={history} customs={data.customs} now={now} />
        ) : (
          <p>{i18n.t('progress.loading')}</p>
        )}
      </>
    );
  };

  return (
    <main class="progress">
      <h1>{i18n.t('progress.pageTitle')}</h1>
      <p class="status" role="status" tabIndex={-1} ref={statusRef}>
        {status}
      </p>
      {content()}
    </main>
  );
}
