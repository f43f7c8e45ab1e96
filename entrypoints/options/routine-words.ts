/** The words of the routine editor that depend on a value: field errors and limits. */
import { i18n } from '#i18n';
import { CUSTOM_LIMITS, type CustomError, type CustomField, characterCount } from '@/utils/domain/custom-exercise';
import { formatNumber, formatSeconds } from '@/utils/i18n/numbers';
import { plural } from '@/utils/i18n/plural';
import { joinSentences } from '@/utils/i18n/sentences';

type Limits = { min: number; max: number };

function limitsOf(field: CustomField, kind: 'hold' | 'reps'): Limits {
  switch (field) {
    case 'amount':
      return kind === 'reps' ? CUSTOM_LIMITS.reps : CUSTOM_LIMITS.hold;
    case 'sets':
      return CUSTOM_LIMITS.sets;
    case 'step':
      return CUSTOM_LIMITS.step;
    default:
      return CUSTOM_LIMITS.hold;
  }
}

/** "From 5 seconds to 300 seconds" for a time, "From 1 to 10" for a count. */
export function rangeHint(field: CustomField, kind: 'hold' | 'reps'): string {
  const { min, max } = limitsOf(field, kind);
  const seconds = field === 'step' || (field === 'amount' && kind === 'hold');
  const format = seconds ? formatSeconds : formatNumber;
  return i18n.t('routine.rangeHint', [format(min), format(max)]);
}

/** "Up to 60 characters.", "Up to 8 lines. Up to 600 characters." */
export function textHint(field: 'name' | 'steps'): string {
  if (field === 'name') return plural('routine.charactersHint', CUSTOM_LIMITS.name.max);
  const { lines, max } = CUSTOM_LIMITS.steps;
  return joinSentences(plural('routine.linesHint', lines), plural('routine.charactersHint', max));
}

/** Why a field was refused, in words that say what to type instead. */
export function customErrorText(field: CustomField, error: CustomError, typed: string, kind: 'hold' | 'reps'): string {
  const { min, max } = limitsOf(field, kind);
  switch (error) {
    case 'required':
      return i18n.t('routine.errorRequired');
    case 'tooLong': {
      const most = field === 'name' ? CUSTOM_LIMITS.name.max : CUSTOM_LIMITS.steps.max;
      return plural('routine.errorTooLong', most, [formatNumber(most), formatNumber(characterCount(typed.trim()))]);
    }
    case 'tooManyLines':
      return plural('routine.errorTooManyLines', CUSTOM_LIMITS.steps.lines);
    case 'badCharacters':
      return i18n.t('routine.errorBadCharacters');
    case 'notWholeNumber':
    case 'outOfRange':
      return i18n.t('routine.errorRange', [formatNumber(min), formatNumber(max)]);
    case 'capBelowStart':
      return i18n.t('routine.errorCapBelowStart');
    case 'badChoice':
      return i18n.t('routine.errorBadChoice');
  }
}
