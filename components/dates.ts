/** Dates shown in the reader's own language; day keys are local calendar dates ("YYYY-MM-DD"). */
import { dateOfKey } from '@/utils/domain/local-days';
import { displayLocale } from '@/utils/i18n/locale';

export function formatDay(key: string, options: Intl.DateTimeFormatOptions): string {
  return new Intl.DateTimeFormat(displayLocale(), options).format(dateOfKey(key));
}

const TABLE_DAY: Intl.DateTimeFormatOptions = { weekday: 'short', month: 'short', day: 'numeric' };

/** A day as the progress tables name it, "Mon, Nov 9"; with the year for a table that may span years. */
export function formatTableDay(key: string, { withYear = false } = {}): string {
  return formatDay(key, withYear ? { ...TABLE_DAY, year: 'numeric' } : TABLE_DAY);
}

const TIME_PARTS = new Set<Intl.DateTimeFormatPartTypes>(['hour', 'minute', 'dayPeriod']);

/**
 * `time` as the reader's locale writes it with `options`, with no line break inside the time of
 * day: browsers write "3:05 PM" with a plain space, and a narrow popup would put "PM" on a line
 * of its own. The space is always the same no-break space, whichever one the browser's clock
 * data holds.
 */
function formatUnbroken(options: Intl.DateTimeFormatOptions, time: number | Date): string {
  const parts = new Intl.DateTimeFormat(displayLocale(), options).formatToParts(time);
  const inTime = (index: number) => TIME_PARTS.has(parts[index]?.type ?? 'literal');
  return parts
    .map(({ type, value }, index) =>
      type === 'literal' && inTime(index - 1) && inTime(index + 1) ? value.replace(/\s/g, '\u00a0') : value,
    )
    .join('');
}

/** A time of day, on the 12- or 24-hour clock as the reader's locale prefers. */
export function formatTimeOfDay(time: number | Date): string {
  return formatUnbroken({ hour: 'numeric', minute: '2-digit' }, time);
}

/** A moment on another day: its weekday and time, such as a pause that ends tomorrow. */
export function formatWeekdayTime(time: number | Date): string {
  return formatUnbroken({ weekday: 'long', hour: 'numeric', minute: '2-digit' }, time);
}

/** A date and time in full, such as when a backup was made. */
export function formatDateTime(time: number | Date): string {
  return formatUnbroken({ dateStyle: 'long', timeStyle: 'short' }, time);
}

type LocaleWithWeek = Intl.Locale & {
  getWeekInfo?: () => { firstDay: number };
  weekInfo?: { firstDay: number };
};

/** The first day of the week where the reader lives, as a `Date#getDay()` number; Monday if unknown. */
export function firstDayOfWeek(): number {
  try {
    const locale = new Intl.Locale(displayLocale()) as LocaleWithWeek;
    const info = locale.getWeekInfo?.() ?? locale.weekInfo;
    return info ? info.firstDay % 7 : 1;
  } catch {
    return 1;
  }
}
