import { i18n } from '#i18n';
import { formatDay } from '@/components/dates';
import type { DayPoint } from '@/utils/domain/stats';
import './charts/charts.css';

/** Answered, snoozed and missed posture checks per day, so a person can see whether the nudges work for them. */
export function PostureChecks({ points }: { points: DayPoint[] }) {
  const days = points.filter(({ checks }) => checks.good + checks.snoozed + checks.missed > 0).reverse();
  const sum = (count: (p: DayPoint) => number) => String(points.reduce((total, p) => total + count(p), 0));
  return (
    <section class="card" aria-labelledby="checks-heading">
      <h2 id="checks-heading">{i18n.t('nudges.checksHeading')}</h2>
      {days.length === 0 ? (
        <p>{i18n.t('nudges.checksEmpty')}</p>
      ) : (
        <>
          <p>
            {i18n.t('nudges.checksSummary', [
              sum((p) => p.checks.good),
              sum((p) => p.checks.snoozed),
              sum((p) => p.checks.missed),
            ])}
          </p>
          <table class="chart-table">
            <caption>{i18n.t('nudges.checksCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{i18n.t('progress.dayHeader')}</th>
                <th scope="col">{i18n.t('nudges.answeredHeader')}</th>
                <th scope="col">{i18n.t('nudges.snoozedHeader')}</th>
                <th scope="col">{i18n.t('nudges.missedHeader')}</th>
              </tr>
            </thead>
            <tbody>
              {days.map(({ date, checks }) => (
                <tr key={date}>
                  <th scope="row">{formatDay(date, { weekday: 'short', month: 'short', day: 'numeric' })}</th>
                  <td>{String(checks.good)}</td>
                  <td>{String(checks.snoozed)}</td>
                  <td>{String(checks.missed)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
