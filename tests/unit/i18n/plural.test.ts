import { afterEach, describe, expect, it } from 'vitest';
import { plural } from '@/utils/i18n/plural';
import type { Messages } from '../../helpers/catalogue';
import { showCatalogue, useLocale } from '../../helpers/use-locale';

const COUNTS = [0, 1, 2, 3, 5, 11, 21, 22, 101, 1.5] as const;

/** CLDR's categories for each count, written out by hand so the test does not ask Intl for its own answers. */
const EXPECTED: Record<string, string[]> = {
  en: ['other', 'one', 'other', 'other', 'other', 'other', 'other', 'other', 'other', 'other'],
  fr: ['one', 'one', 'other', 'other', 'other', 'other', 'other', 'other', 'other', 'one'],
  ja: ['other', 'other', 'other', 'other', 'other', 'other', 'other', 'other', 'other', 'other'],
  pl: ['many', 'one', 'few', 'few', 'many', 'many', 'many', 'few', 'many', 'other'],
  uk: ['many', 'one', 'few', 'few', 'many', 'many', 'one', 'few', 'one', 'other'],
  ru: ['many', 'one', 'few', 'few', 'many', 'many', 'one', 'few', 'one', 'other'],
  ar: ['zero', 'one', 'two', 'few', 'few', 'many', 'many', 'many', 'other', 'other'],
};

function form(messages: Messages, key: string, category: string, count: string): string {
  const text = messages[`${key.replaceAll('.', '_')}_${category}`]?.message;
  if (!text) throw new Error(`${key} has no "${category}" form`);
  return text.replace('$1', count);
}

afterEach(async () => {
  await useLocale('en');
});

describe('plural', () => {
  for (const [code, categories] of Object.entries(EXPECTED)) {
    it(`picks ${code}'s CLDR form and writes the count as ${code} does`, async () => {
      const messages = await useLocale(code);
      const numbers = new Intl.NumberFormat(code);
      COUNTS.forEach((count, i) => {
        const category = categories[i] ?? 'other';
        expect(plural('progress.days', count), `${code} ${count}`).toBe(
          form(messages, 'progress.days', category, numbers.format(count)),
        );
      });
    });
  }

  it('writes a fraction with the decimal sign of the language', async () => {
    await useLocale('de');
    expect(plural('progress.days', 1.5)).toBe('1,5 Tage');
  });

  it('follows the catalogue shown, not the UI language: English text under a French browser', async () => {
    const english = await useLocale('en');
    showCatalogue(english, 'fr');
    // French calls 0 "one"; English text must say "0 days".
    expect(plural('progress.days', 0)).toBe('0 days');
    expect(plural('progress.days', 1)).toBe('1 day');
  });

  it('falls back to "other" when the catalogue lacks the form a count needs', async () => {
    const polish = await useLocale('pl');
    const { progress_days_few: _few, ...withoutFew } = polish;
    showCatalogue(withoutFew, 'pl');
    expect(plural('progress.days', 2)).toBe(form(polish, 'progress.days', 'other', '2'));
  });

  it('takes other substitutions in place of the count where the sentence needs them', async () => {
    await useLocale('en');
    expect(plural('stretchPage.summaryHold', 1, ['Ball plank', '1', '1', '25'])).toBe(
      'Ball plank: 1 of 1 set, 25\u00a0s holds',
    );
    expect(plural('stretchPage.summaryHold', 3, ['Ball plank', '2', '3', '25'])).toBe(
      'Ball plank: 2 of 3 sets, 25\u00a0s holds',
    );
  });
});
