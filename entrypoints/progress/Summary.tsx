import { i18n } from '#i18n';
import { duration } from '@/components/duration';
import type { Totals } from '@/utils/domain/stats';
import type { Streaks } from '@/utils/domain/streaks';
import { formatNumber } from '@/utils/i18n/numbers';
import { days } from './format';

interface SummaryProps {
  streak: Streaks;
  totals: Totals;
}

/** The figures people look for first: the streaks and what they have done in all. */
export function Summary({ streak, totals }: SummaryProps) {
  const hint = streak.activeToday
    ? i18n.t('progress.todayCounts')
    : i18n.t('progress.keepGoing', [days(streak.current + 1)]);
  return (
    <section class="card" aria-labelledby="summary-heading">
      <h2 id="summary-heading">{i18n.t('progress.summaryHeading')}</h2>
      <dl class="figures">
        <div>
          <dt>{i18n.t('progress.currentStreak')}</dt>
          <dd>
            <span class="figure">{days(streak.current)}</span>
            <span class="hint">{hint}</span>
          </dd>
        </div>
        <div>
          <dt>{i18n.t('progress.bestStreak')}</dt>
          <dd>
            <span class="figure">{days(streak.best)}</span>
          </dd>
        </div>
        <div>
          <dt>{i18n.t('progress.totalTime')}</dt>
          <dd>
            <span class="figure">{duration(totals.minutes)}</span>
          </dd>
        </div>
        <div>
          <dt>{i18n.t('progress.blocksFinished')}</dt>
          <dd>
            <span class="figure">{formatNumber(totals.blocksCompleted)}</span>
          </dd>
        </div>
        <div>
          <dt>{i18n.t('progress.breaksDone')}</dt>
          <dd>
            <span class="figure">{formatNumber(totals.breaksCompleted)}</span>
          </dd>
        </div>
      </dl>
    </section>
  );
}
