/** How figures read on the progress page. */
import { i18n } from '#i18n';
import { formatNumber } from '@/utils/i18n/numbers';
import { plural } from '@/utils/i18n/plural';

export function duration(minutes: number): string {
  if (minutes < 60) return i18n.t('progress.minutes', [formatNumber(minutes)]);
  if (minutes % 60 === 0) return i18n.t('progress.hours', [formatNumber(minutes / 60)]);
  return i18n.t('progress.hoursMinutes', [formatNumber(Math.floor(minutes / 60)), formatNumber(minutes % 60)]);
}

export function days(count: number): string {
  return plural('progress.days', count);
}
