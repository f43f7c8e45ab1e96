/** The words the shared fields show on this page. */
import { i18n } from '#i18n';
import type { NumberFieldWords } from '@/components/NumberField';
import { shorten } from '@/utils/domain/checks';
import type { NumberInputError } from '@/utils/domain/settings';
import { formatNumber } from '@/utils/i18n/numbers';
import { joinSentences } from '@/utils/i18n/sentences';

function refusedText(error: NumberInputError, min: number, max: number, text: string): string {
  const range: [string, string] = [formatNumber(min), formatNumber(max)];
  // Long input is named by its start only, so the message stays a sentence.
  const typed = shorten(text.trim(), 20);
  switch (error) {
    case 'empty':
      return i18n.t('options.number.empty', range);
    case 'notANumber':
      return i18n.t('options.number.notANumber', [...range, typed]);
    case 'notWholeNumber':
      return i18n.t('options.number.notWholeNumber', range);
    case 'outOfRange':
      return i18n.t('options.number.outOfRange', [...range, typed]);
  }
}

export function savedText(): string {
  return i18n.t('options.saved');
}

export function numberFieldWords(): NumberFieldWords {
  return {
    saved: savedText(),
    refused: (error, min, max, typed) =>
      joinSentences(refusedText(error, min, max, typed), i18n.t('options.number.revertHint')),
  };
}
