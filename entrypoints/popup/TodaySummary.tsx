import { i18n } from '#i18n';
import { duration } from '@/components/duration';
import { figuresAt, type Glance } from '@/utils/domain/glance';
import { formatNumber } from '@/utils/i18n/numbers';
import { plural } from '@/utils/i18n/plural';

/** Minutes on the ball, blocks and breaks done today, and the streak of active days. */
export function TodaySummary({ glance, now }: { glance: Glance; now: number }) {
  const { today, streak } = figuresAt(glance, now);
  return (
    <section class="today" aria-labelledby="today-title">
      <h2 id="today-title">{i18n.t('popupUi.todayTitle')}</h2>
      <dl>
        <div>
          <dt>{i18n.t('popupUi.todayMinutes')}</dt>
          <dd>{duration(today.minutes)}</dd>
        </div>
        <div>
          <dt>{i18n.t('popupUi.todayBlocks')}</dt>
          <dd>{formatNumber(today.blocks)}</dd>
        </div>
        <div>
          <dt>{i18n.t('popupUi.todayBreaks')}</dt>
          <dd>{formatNumber(today.breaks)}</dd>
        </div>
        <div>
          <dt>{i18n.t('popupUi.todayStreak')}</dt>
          <dd>{plural('progress.days', streak)}</dd>
        </div>
      </dl>
    </section>
  );
}
