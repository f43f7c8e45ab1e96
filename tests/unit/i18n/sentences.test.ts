import { afterEach, describe, expect, it } from 'vitest';
import { textHint } from '@/entrypoints/options/routine-words';
import { joinSentences } from '@/utils/i18n/sentences';
import { useLocale } from '../../helpers/use-locale';

afterEach(async () => {
  await useLocale('en');
});

describe('joinSentences', () => {
  it('puts one space between sentences that end in a Latin, Devanagari or Arabic stop', () => {
    expect(joinSentences('Up to 8 lines.', 'Up to 600 characters.')).toBe('Up to 8 lines. Up to 600 characters.');
    expect(joinSentences('अधिकतम 8 पंक्तियाँ।', 'अधिकतम 600 अक्षर।')).toBe('अधिकतम 8 पंक्तियाँ। अधिकतम 600 अक्षर।');
    expect(joinSentences('حتى 8 أسطر.', 'حتى 600 حرف.')).toBe('حتى 8 أسطر. حتى 600 حرف.');
  });

  it('puts none after a full-width stop, as Chinese and Japanese write', () => {
    expect(joinSentences('最大8行。', '最大600文字。')).toBe('最大8行。最大600文字。');
    expect(joinSentences('太长了！', '请缩短。')).toBe('太长了！请缩短。');
  });

  it('keeps a single sentence as it is', () => {
    expect(joinSentences('Saved.')).toBe('Saved.');
  });

  it('joins the steps field hint in each language', async () => {
    await useLocale('ja');
    expect(textHint('steps')).toBe('最大8行。最大600文字。');
    await useLocale('zh_CN');
    expect(textHint('steps')).toBe('最多8行。最多600个字符。');
    await useLocale('de');
    expect(textHint('steps')).toBe('Höchstens 8 Zeilen. Höchstens 600 Zeichen.');
  });
});
