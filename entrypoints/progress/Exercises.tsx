import { i18n } from '#i18n';
import { formatDay, formatTableDay } from '@/components/dates';
import { builtInName } from '@/components/exercise-text';
import type { CustomExercise } from '@/utils/domain/custom-exercise';
import { isExerciseId } from '@/utils/domain/exercise-ids';
import { EXERCISES } from '@/utils/domain/exercises';
import type { ExerciseProgress } from '@/utils/domain/stats';
import { isolate } from '@/utils/i18n/isolate';
import { formatNumber } from '@/utils/i18n/numbers';
import { plural } from '@/utils/i18n/plural';
import { LineChart } from './charts/LineChart';

/** The other tables' days, with the year: an exercise's table covers the whole history. */
const longDate = (date: string) => formatTableDay(date, { withYear: true });
const SHORT_DATE: Intl.DateTimeFormatOptions = { month: 'short', day: 'numeric' };

/** A chart's first and last days, with the year when they span years or are not of this one. */
function edgeLabels(first: string, last: string, today: string) {
  const year = (day: string) => day.slice(0, 4);
  const withYear = year(first) !== year(last) || year(last) !== year(today);
  const options = withYear ? { ...SHORT_DATE, year: 'numeric' as const } : SHORT_DATE;
  return { startLabel: formatDay(first, options), endLabel: formatDay(last, options) };
}

interface Charted {
  name: string;
  /** Whether the chart shows the hold rather than the sets. */
  hold: boolean;
  /** The longest hold the exercise may grow to, drawn as the goal. */
  goal: number | null;
}

/**
 * A built-in exercise in the person's language; their own by the name they gave it, set apart
 * for the caption it goes into, even once deleted.
 */
function charted(progress: ExerciseProgress, customs: readonly CustomExercise[]): Charted {
  if (isExerciseId(progress.id)) {
    const { key, dose } = EXERCISES[progress.id];
    return { name: builtInName(key), hold: dose.kind === 'hold', goal: dose.kind === 'hold' ? dose.max : null };
  }
  const own = customs.find((c) => c.id === progress.id);
  if (!own) {
    const hold = progress.points.some((p) => p.bestHold > 0);
    return { name: i18n.t('routine.deletedExercise'), hold, goal: null };
  }
  return { name: isolate(own.name), hold: own.kind === 'hold', goal: own.progression?.cap ?? null };
}

interface ExercisesProps {
  progress: ExerciseProgress[];
  customs: readonly CustomExercise[];
  /** Today's day key. */
  today: string;
}

function ExerciseChart({
  progress,
  customs,
  today,
}: Omit<ExercisesProps, 'progress'> & { progress: ExerciseProgress }) {
  const { name, hold, goal } = charted(progress, customs);
  const { points } = progress;
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return null;
  const edges = edgeLabels(first.date, last.date, today);
  if (hold) {
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
        goal={goal === null ? undefined : { value: goal, label: i18n.t('progress.goal', [formatNumber(goal)]) }}
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
export function Exercises({ progress, customs, today }: ExercisesProps) {
  return (
    <section class="card" aria-labelledby="exercises-heading">
      <h2 id="exercises-heading">{i18n.t('progress.exercisesHeading')}</h2>
      {progress.length === 0 ? (
        <p>{i18n.t('progress.exercisesEmpty')}</p>
      ) : (
        progress.map((p) => <ExerciseChart key={p.id} progress={p} customs={customs} today={today} />)
      )}
    </section>
  );
}
