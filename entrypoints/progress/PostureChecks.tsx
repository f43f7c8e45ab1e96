import { useId } from 'preact/hooks';
import { i18n } from '#i18n';
import { formatTableDay } from '@/components/dates';
import type { DayPoint } from '@/utils/domain/stats';
import { formatNumber } from '@/utils/i18n/numbers';
import { plural } from '@/utils/i18n/plural';
import './charts/charts.css';
import { tableScroller } from './charts/table-scroller';

const FIGURES = [
  { key: 'nudges.answeredHeader', count: (p: DayPoint) => p.checks.good },
  { key: 'nudges.snoozedHeader', count: (p: DayPoint) => p.checks.snoozed },
  { key: 'nudges.missedHeader', count: (p: DayPoint) => p.checks.missed },
] as const;

/** Answered, snoozed and missed posture checks per day, so a person can see whether the nudges work for them. */
export function PostureChecks({ points }: { points: DayPoint[] }) {
  const days = points.filter(({ checks }) => checks.good + checks.snoozed + checks.missed > 0).reverse();
  const captionId = useId();
  const sum = (count: (p: DayPoint) => number) => formatNumber(points.reduce((total, p) => total + count(p), 0));
  return (
    <section class="card" aria-labelledby="checks-heading">
      <h2 id="checks-heading">{i18n.t('nudges.checksHeading')}</h2>
      {days.length === 0 ? (
        <p>{i18n.t('nudges.checksEmpty')}</p>
      ) : (
        <>
          <h3>{plural('progress.lastDaysHeading', points.length)}</h3>
          <dl class="figures">
            {FIGURES.map(({ key, count }) => (
              <div key={key}>
                <dt>{i18n.t(key)}</dt>
                <dd>
                  <span class="figure">{sum(count)}</span>
                </dd>
              </div>
            ))}
          </dl>
          <div {...tableScroller(captionId)}>
            <table class="chart-table">
              <caption id={captionId}>{i18n.t('nudges.checksCaption')}</caption>
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
                    <th scope="row">{formatTableDay(date)}</th>
                    <td>{formatNumber(checks.good)}</td>
                    <td>{formatNumber(checks.snoozed)}</td>
                    <td>{formatNumber(checks.missed)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
