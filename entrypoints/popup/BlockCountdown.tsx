import { i18n } from '#i18n';
import { formatTimeOfDay, formatWeekdayTime } from '@/components/dates';
import { Ring } from '@/components/Ring';
import { postureCheckBeforeEnd } from '@/utils/domain/plan';
import { MINUTE, minutesLeft, msLeft, type Session } from '@/utils/domain/session';
import { formatNumber } from '@/utils/i18n/numbers';

/** A time today as a clock time; a later one (a pause until tomorrow) with its weekday. */
function laterTime(ms: number, now: number): string {
  return new Date(ms).toDateString() === new Date(now).toDateString() ? formatTimeOfDay(ms) : formatWeekdayTime(ms);
}

/** The line under the countdown: when the next posture check is due, or why the block is paused. */
function detail(session: Session, now: number): string | null {
  const { block, pause } = session;
  if (pause) {
    if (pause.reason === 'away') return i18n.t('popupUi.pausedAway');
    return pause.until === null
      ? i18n.t('popupUi.paused')
      : i18n.t('popupUi.pausedUntil', [laterTime(pause.until, now)]);
  }
  const postureAt = block ? postureCheckBeforeEnd(block) : null;
  return postureAt === null ? null : i18n.t('popupUi.postureAt', [formatTimeOfDay(postureAt)]);
}

/** Minutes left in the block, computed from its timestamps at `now`, with a ring that empties. */
export function BlockCountdown({ session, now }: { session: Session; now: number }) {
  const length = session.block?.lengthMinutes ?? 0;
  const fraction = length > 0 ? msLeft(session, now) / (length * MINUTE) : 0;
  const line = detail(session, now);
  return (
    <div class={session.pause ? 'countdown paused' : 'countdown'}>
      <Ring fraction={fraction} size={76} stroke={10} />
      <div class="countdown-text">
        <p class="left">{i18n.t('popupUi.minutesLeft', [formatNumber(minutesLeft(session, now))])}</p>
        <p class="detail">{i18n.t('popupUi.ofBlock', [formatNumber(length)])}</p>
        {line && <p class="detail">{line}</p>}
      </div>
    </div>
  );
}
