/** The history download, with its columns and file named in the reader's language. */
import { i18n } from '#i18n';
import { exerciseName } from '@/components/exercise-text';
import { EXERCISES } from '@/utils/domain/exercises';
import type { CsvColumn, DayFigure } from '@/utils/domain/history-csv';

const DAY_HEADERS: Record<DayFigure, () => string> = {
  date: () => i18n.t('progress.dayHeader'),
  minutesOnBall: () => i18n.t('progress.minutesHeader'),
  blocksCompleted: () => i18n.t('progress.blocksFinished'),
  blocksEndedEarly: () => i18n.t('progress.csv.blocksEndedEarly'),
  postureAnswered: () => i18n.t('progress.csv.postureAnswered'),
  postureIgnored: () => i18n.t('progress.csv.postureIgnored'),
  breaksCompleted: () => i18n.t('progress.breaksDone'),
};

export function csvHeader(column: CsvColumn): string {
  if (!('exercise' in column)) return DAY_HEADERS[column.figure]();
  const name = exerciseName(EXERCISES[column.exercise].key);
  return column.figure === 'sets' ? i18n.t('progress.csv.sets', [name]) : i18n.t('progress.csv.bestHold', [name]);
}

/** "On the Ball history 2026-03-14.csv": the day stays ISO, so the files sort by date. */
export function csvFileName(today: string): string {
  return `${i18n.t('progress.csv.fileName', [today])}.csv`;
}
