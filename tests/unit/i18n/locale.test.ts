import { afterEach, describe, expect, it } from 'vitest';
import { firstDayOfWeek, formatDateTime, formatTimeOfDay, formatWeekdayTime } from '@/components/dates';
import { displayLocale, markDocumentLanguage } from '@/utils/i18n/locale';
import { formatMinutes } from '@/utils/i18n/numbers';
import { catalogueMessages } from '../../helpers/catalogue';
import { showCatalogue, useLocale } from '../../helpers/use-locale';

afterEach(async () => {
  await useLocale('en');
});

describe('displayLocale', () => {
  it('is the browser language when the catalogue shown is in that language', async () => {
    showCatalogue(await catalogueMessages('en'), 'en-GB');
    expect(displayLocale()).toBe('en-GB');
    showCatalogue(await catalogueMessages('pt_BR'), 'pt-BR');
    expect(displayLocale()).toBe('pt-BR');
  });

  it("is the catalogue's language with the browser's region when the browser's language has no catalogue", async () => {
    showCatalogue(await catalogueMessages('en'), 'sv-SE');
    expect(displayLocale()).toBe('en-SE');
    showCatalogue(await catalogueMessages('en'), 'sv');
    expect(displayLocale()).toBe('en');
  });

  it('writes durations for that locale', async () => {
    showCatalogue(await catalogueMessages('en'), 'en-SE');
    expect(formatMinutes(60)).toBe('1 hour');
    await useLocale('de');
    expect(formatMinutes(30)).toBe('30 Minuten');
    expect(formatMinutes(5, 'short')).toBe('5 Min.');
  });
});

describe('markDocumentLanguage', () => {
  it('sets lang and dir from the catalogue shown: Arabic right to left', async () => {
    await useLocale('ar');
    markDocumentLanguage();
    expect([document.documentElement.lang, document.documentElement.dir]).toEqual(['ar', 'rtl']);
    await useLocale('ja');
    markDocumentLanguage();
    expect([document.documentElement.lang, document.documentElement.dir]).toEqual(['ja', 'ltr']);
  });
});

describe('local calendars and clocks', () => {
  it('start the week where the reader does: Sunday in the US, Monday in Germany, Saturday in Egypt', async () => {
    showCatalogue(await catalogueMessages('en'), 'en-US');
    expect(firstDayOfWeek()).toBe(0);
    showCatalogue(await catalogueMessages('de'), 'de-DE');
    expect(firstDayOfWeek()).toBe(1);
    showCatalogue(await catalogueMessages('ar'), 'ar-EG');
    expect(firstDayOfWeek()).toBe(6);
  });

  it('tell the time on the clock the locale prefers', async () => {
    const afternoon = new Date(2026, 2, 14, 15, 5);
    showCatalogue(await catalogueMessages('en'), 'en-US');
    expect(formatTimeOfDay(afternoon)).toMatch(/^3:05\sPM$/);
    await useLocale('de');
    expect(formatTimeOfDay(afternoon)).toBe('15:05');
  });

  it('keep a time of day on one line, and let a line break before it', async () => {
    const afternoon = new Date(2026, 2, 14, 15, 5);
    showCatalogue(await catalogueMessages('en'), 'en-US');
    expect(formatTimeOfDay(afternoon)).toBe('3:05\u00a0PM');
    expect(formatWeekdayTime(afternoon)).toBe('Saturday 3:05\u00a0PM');
    expect(formatDateTime(afternoon)).toMatch(/^March 14, 2026\D+ 3:05\u00a0PM$/);
    await useLocale('ar');
    expect(formatTimeOfDay(afternoon)).toMatch(/^\S+:\S+\u00a0\S+$/);
    expect(formatWeekdayTime(afternoon)).toMatch(/^\S+ \S+:\S+\u00a0\S+$/);
  });
});
