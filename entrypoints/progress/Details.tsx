/** Everything below the summary: loaded after the first frame, while the history is read. */
import { i18n } from '#i18n';
import { firstDayOfWeek } from '@/components/dates';
import { downloadFile } from '@/components/download';
import type { CustomExercise } from '@/utils/domain/custom-exercise';
import { dayKey, type History } from '@/utils/domain/history';
import { historyToCsv } from '@/utils/domain/history-csv';
import { calendarWeeks, exerciseProgress, recentDays } from '@/utils/domain/stats';
import { plural } from '@/utils/i18n/plural';
import { ActivityCalendar } from './charts/ActivityCalendar';
import { csvFileName, csvHeader } from './csv';
import { Exercises } from './Exercises';
import { LastDays } from './LastDays';
import { PostureChecks } from './PostureChecks';

const CALENDAR_WEEKS = 26;

function downloadCsv(history: History, customs: CustomExercise[], now: number): void {
  // The byte order mark tells spreadsheets the file is UTF-8, so every script's headers read right.
  const text = historyToCsv(history, csvHeader(customs));
  downloadFile(csvFileName(dayKey(now)), `\uFEFF${text}`, 'text/csv;charset=utf-8');
}

interface DetailsProps {
  history: History;
  customs: CustomExercise[];
  now: number;
}

export function Details({ history, customs, now }: DetailsProps) {
  const points = recentDays(history, now, 30);
  return (
    <>
      <LastDays points={points} />
      <PostureChecks points={points} />
      <section class="card" aria-labelledby="calendar-heading">
        <h2 id="calendar-heading">{i18n.t('progress.calendarHeading')}</h2>
        <ActivityCalendar
          caption={plural('progress.calendarCaption', CALENDAR_WEEKS)}
          weeks={calendarWeeks(history, now, CALENDAR_WEEKS, firstDayOfWeek())}
        />
      </section>
      <Exercises progress={exerciseProgress(history)} customs={customs} today={dayKey(now)} />
      <section class="card" aria-labelledby="export-heading">
        <h2 id="export-heading">{i18n.t('progress.exportHeading')}</h2>
        <p>{i18n.t('progress.exportBody')}</p>
        <button type="button" onClick={() => downloadCsv(history, customs, Date.now())}>
          {i18n.t('progress.exportCsv')}
        </button>
      </section>
    </>
  );
}
