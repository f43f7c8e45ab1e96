import { i18n } from '#i18n';
import { formatDay, formatTableDay } from '@/components/dates';
import { duration } from '@/components/duration';
import { type DayPoint, minutesOf } from '@/utils/domain/stats';
import { formatNumber } from '@/utils/i18n/numbers';
import { plural } from '@/utils/i18n/plural';
import { type Bar, BarChart } from './charts/BarChart';

/** Minutes and breaks per day over the recent days, newest on the right in every language. */
export function LastDays({ points }: { points: DayPoint[] }) {
  const bars = (value: (p: DayPoint) => number, text: (p: DayPoint) => string): Bar[] =>
    points.map((p, i) => ({
      key: p.date,
      label: formatTableDay(p.date),
      // Every seventh day is labelled, counted back from today so that today always is.
      axisLabel: (points.length - 1 - i) % 7 === 0 ? formatDay(p.date, { month: 'short', day: 'numeric' }) : '',
      value: value(p),
      text: text(p),
    }));
  // Rounded once, as the overview's total is, so the two never differ by a minute.
  const minutes = minutesOf(points.reduce((sum, p) => sum + p.seconds, 0));
  const activeDays = points.filter((p) => p.active).length;
  const breaks = points.reduce((sum, p) => sum + p.breaks, 0);
  return (
    <section class="card" aria-labelledby="last-days-heading">
      <h2 id="last-days-heading">{plural('progress.lastDaysHeading', points.length)}</h2>
      <BarChart
        caption={i18n.t('progress.minutesChart')}
        summary={i18n.t('progress.minutesSummary', [duration(minutes), formatNumber(activeDays)])}
        labelHeader={i18n.t('progress.dayHeader')}
        valueHeader={i18n.t('progress.minutesHeader')}
        bars={bars(
          (p) => p.minutes,
          (p) => i18n.t('duration.minutes', [formatNumber(p.minutes)]),
        )}
      />
      <BarChart
        caption={i18n.t('progress.breaksChart')}
        summary={plural('progress.breaksSummary', breaks, [formatNumber(breaks), formatNumber(points.length)])}
        labelHeader={i18n.t('progress.dayHeader')}
        valueHeader={i18n.t('progress.breaksHeader')}
        bars={bars(
          (p) => p.breaks,
          (p) => formatNumber(p.breaks),
        )}
      />
    </section>
  );
}
