/** How figures read on the progress page. */
import { i18n } from '#i18n';

export function duration(minutes: number): string {
  if (minutes < 60) return i18n.t('progress.minutes', [String(minutes)]);
  if (minutes % 60 === 0) return i18n.t('progress.hours', [String(minutes / 60)]);
  return i18n.t('progress.hoursMinutes', [String(Math.floor(minutes / 60)), String(minutes % 60)]);
}

export function days(count: number): string {
  return i18n.t('progress.days', count);
}
