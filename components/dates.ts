/** Dates shown in the reader's own language; day keys are local calendar dates ("YYYY-MM-DD"). */
import { dateOfKey } from '@/utils/domain/local-days';
import { displayLocale } from '@/utils/i18n/locale';

export function formatDay(key: string, options: Intl.DateTimeFormatOptions): string {
  return new Intl.DateTimeFormat(displayLocale(), options).format(dateOfKey(key));
}

/** A time of day, on the 12- or 24-hour clock as the reader's locale prefers. */
export function formatTimeOfDay(time: number | Date): string {
  return new Intl.DateTimeFormat(displayLocale(), { hour: 'numeric', minute: '2-digit' }).format(time);
}

/** A moment on another day: its weekday and time, such as a pause that ends tomorrow. */
export function formatWeekdayTime(time: number | Date): string {
  return new Intl.DateTimeFormat(displayLocale(), { weekday: 'long', hour: 'numeric', minute: '2-digit' }).format(time);
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
