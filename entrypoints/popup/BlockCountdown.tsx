import { i18n } from '#i18n';
import { formatTimeOfDay, formatWeekdayTime } from '@/components/dates';
import { Ring } from '@/components/Ring';
import { startOfNextDay } from '@/utils/domain/history';
import { postureCheckBeforeEnd } from '@/utils/domain/plan';
import { MINUTE, minutesLeft, msLeft, type Session } from '@/utils/domain/session';
import { formatNumber } from '@/utils/i18n/numbers';

/** A time today as a clock time; a later one (a pause until the working day starts) with its weekday. */
function laterTime(ms: number, now: number): string {
  return new Date(ms).toDateString() === new Date(now).toDateString() ? formatTimeOfDay(ms) : formatWeekdayTime(ms);
}

/** Why the block is paused and until when; a pause that ends at midnight ends "tomorrow", not at "12:00 AM". */
function pausedText(until: number | null, now: number): string {
  if (until === null) return i18n.t('popupUi.paused');
  if (until === startOfNextDay(now)) return i18n.t('popupUi.pausedUntilTomorrow');
  return i18n.t('popupUi.pausedUntil', [laterTime(until, now)]);
}

/** The line under the countdown: when the next posture check is due, or why the block is paused. */
function detail(session: Session, now: number): string | null {
  const { block, pause } = session;
  if (pause) {
    return pause.reason === 'away' ? i18n.t('popupUi.pausedAway') : pausedText(pause.until, now);
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
