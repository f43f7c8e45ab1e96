/** A length of time in whole minutes as the popup and the progress page write it: "45 min", "2 h", "1 h 5 min". */
import { i18n } from '#i18n';
import { hoursAndMinutes } from '@/utils/domain/today';
import { formatNumber } from '@/utils/i18n/numbers';

export function duration(total: number): string {
  const { hours, minutes } = hoursAndMinutes(total);
  if (hours === 0) return i18n.t('duration.minutes', [formatNumber(minutes)]);
  if (minutes === 0) return i18n.t('duration.hours', [formatNumber(hours)]);
  return i18n.t('duration.hoursMinutes', [formatNumber(hours), formatNumber(minutes)]);
}
