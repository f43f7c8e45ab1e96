/** How figures read on the progress page. */
import { plural } from '@/utils/i18n/plural';

export function days(count: number): string {
  return plural('progress.days', count);
}
