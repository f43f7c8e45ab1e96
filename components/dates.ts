/** Dates shown in the reader's own language; day keys are local calendar dates ("YYYY-MM-DD"). */
import { nativeApi } from '@/utils/client/native-api';
import { dateOfKey } from '@/utils/domain/local-days';

export function uiLocale(): string {
  return nativeApi().i18n.getUILanguage() || 'en';
}

export function formatDay(key: string, options: Intl.DateTimeFormatOptions): string {
  return new Intl.DateTimeFormat(uiLocale(), options).format(dateOfKey(key));
}

type LocaleWithWeek = Intl.Locale & {
  getWeekInfo?: () => { firstDay: number };
  weekInfo?: { firstDay: number };
};

/** The first day of the week where the reader lives, as a `Date#getDay()` number; Monday if unknown. */
export function firstDayOfWeek(): number {
  try {
    const locale = new Intl.Locale(uiLocale()) as LocaleWithWeek;
    const info = locale.getWeekInfo?.() ?? locale.weekInfo;
    return info ? info.firstDay % 7 : 1;
  } catch {
    return 1;
  }
}
