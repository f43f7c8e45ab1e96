import { i18n } from '#i18n';
import { formatDay } from '@/components/dates';
import { exerciseName } from '@/components/exercise-text';
import { EXERCISES } from '@/utils/domain/exercises';
import type { ExerciseProgress } from '@/utils/domain/stats';
import { formatNumber } from '@/utils/i18n/numbers';
import { plural } from '@/utils/i18n/plural';
import { LineChart } from './charts/LineChart';

const longDate = (date: string) => formatDay(date, { dateStyle: 'medium' });
const shortDate = (date: string) => formatDay(date, { month: 'short', day: 'numeric' });

function ExerciseChart({ progress }: { progress: ExerciseProgress }) {
  const exercise = EXERCISES[progress.id];
  const name = exerciseName(exercise.key);
  const { points } = progress;
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return null;
  const edges = { startLabel: shortDate(first.date), endLabel: shortDate(last.date) };
  if (exercise.dose.kind === 'hold') {
    const best = Math.max(...points.map((p) => p.bestHold));
    const seconds = (value: number) => formatNumber(Math.round(value));
    return (
      <LineChart
        caption={i18n.t('progress.holdChart', [name])}
        summary={i18n.t('progress.holdSummary', [seconds(first.bestHold), seconds(last.bestHold), seconds(best)])}
        labelHeader={i18n.t('progress.dayHeader')}
        valueHeader={i18n.t('progress.holdHeader')}
        points={points.map((p) => ({
          date: p.date,
          label: longDate(p.date),
          value: p.bestHold,
          text: i18n.t('progress.seconds', [seconds(p.bestHold)]),
        }))}
        goal={{ value: exercise.dose.max, label: i18n.t('progress.goal', [formatNumber(exercise.dose.max)]) }}
        {...edges}
      />
    );
  }
  return (
    <LineChart
      caption={i18n.t('progress.setsChart', [name])}
      summary={plural('progress.setsSummary', points.length)}
      labelHeader={i18n.t('progress.dayHeader')}
      valueHeader={i18n.t('progress.setsHeader')}
      points={points.map((p) => ({ date: p.date, label: longDate(p.date), value: p.sets, text: formatNumber(p.sets) }))}
      {...edges}
    />
  );
}

/** How each exercise has grown, day by day, over the whole history. */
export function Exercises({ progress }: { progress: ExerciseProgress[] }) {
  return (
    <section class="card" aria-labelledby="exercises-heading">
      <h2 id="exercises-heading">{i18n.t('progress.exercisesHeading')}</h2>
      {progress.length === 0 ? (
        <p>{i18n.t('progress.exercisesEmpty')}</p>
      ) : (
        progress.map((p) => <ExerciseChart key={p.id} progress={p} />)
      )}
    </section>
  );
}
