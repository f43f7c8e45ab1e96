/** The history download, with its columns and file named in the reader's language. */
import { i18n } from '#i18n';
import { builtInName } from '@/components/exercise-text';
import type { CustomExercise } from '@/utils/domain/custom-exercise';
import { isExerciseId } from '@/utils/domain/exercise-ids';
import { EXERCISES } from '@/utils/domain/exercises';
import type { CsvColumn, DayFigure } from '@/utils/domain/history-csv';

const DAY_HEADERS: Record<DayFigure, () => string> = {
  date: () => i18n.t('progress.dayHeader'),
  minutesOnBall: () => i18n.t('progress.minutesHeader'),
  blocksCompleted: () => i18n.t('progress.blocksFinished'),
  blocksEndedEarly: () => i18n.t('progress.csv.blocksEndedEarly'),
  postureAnswered: () => i18n.t('progress.csv.postureAnswered'),
  postureSnoozed: () => i18n.t('nudges.csvSnoozed'),
  postureIgnored: () => i18n.t('progress.csv.postureIgnored'),
  breaksCompleted: () => i18n.t('progress.breaksDone'),
};

/**
 * A person's own name, as typed, except that a spreadsheet must never read it as a formula:
 * the characters that would start one are left off the front.
 */
function ownName(id: string, customs: readonly CustomExercise[]): string {
  const name = customs.find((c) => c.id === id)?.name ?? i18n.t('routine.deletedExercise');
  return name.replace(/^[=+\-@\t\r]+/, '');
}

/** The column names, with the person's own exercises by the names they gave them. */
export function csvHeader(customs: readonly CustomExercise[]): (column: CsvColumn) => string {
  return (column) => {
    if (!('exercise' in column)) return DAY_HEADERS[column.figure]();
    const { exercise } = column;
    const name = isExerciseId(exercise) ? builtInName(EXERCISES[exercise].key) : ownName(exercise, customs);
    return column.figure === 'sets' ? i18n.t('progress.csv.sets', [name]) : i18n.t('progress.csv.bestHold', [name]);
  };
}

/** "On the Ball history 2026-03-14.csv": the day stays ISO, so the files sort by date. */
export function csvFileName(today: string): string {
  return `${i18n.t('progress.csv.fileName', [today])}.csv`;
}
