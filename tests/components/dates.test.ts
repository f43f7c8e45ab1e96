import { afterEach, describe, expect, it } from 'vitest';
import { formatTableDay } from '@/components/dates';
import { useLocale } from '../helpers/use-locale';

afterEach(async () => {
  await useLocale('en');
});

describe('formatTableDay', () => {
  it('names a day with its weekday and month, as every progress table does', () => {
    expect(formatTableDay('2026-11-09')).toBe('Mon, Nov 9');
    expect(formatTableDay('2026-11-09', { withYear: true })).toBe('Mon, Nov 9, 2026');
  });

  // "medium" dates are all digits in Arabic ("09/11/2026"), unlike the other tables' days.
  it('writes the month in words in Arabic, with or without the year', async () => {
    await useLocale('ar');
    expect(formatTableDay('2026-11-09')).toBe('الاثنين، 9 نوفمبر');
    expect(formatTableDay('2026-11-09', { withYear: true })).toBe('الاثنين، 9 نوفمبر 2026');
  });
});
