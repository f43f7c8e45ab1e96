/** The words of the routine editor that depend on a value: field errors and save problems. */
import { i18n } from '#i18n';
import { CUSTOM_LIMITS, type CustomError, type CustomField, characterCount } from '@/utils/domain/custom-exercise';

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

/** Why a field was refused, in words that say what to type instead. */
export function customErrorText(field: CustomField, error: CustomError, typed: string, kind: 'hold' | 'reps'): string {
  const { min, max } = limitsOf(field, kind);
  const range: [string, string] = [String(min), String(max)];
  switch (error) {
    case 'required':
      return i18n.t('routine.errorRequired');
    case 'tooLong': {
      const most = field === 'name' ? CUSTOM_LIMITS.name.max : CUSTOM_LIMITS.steps.max;
      return i18n.t('routine.errorTooLong', [String(characterCount(typed.trim())), String(most)]);
    }
    case 'tooManyLines':
      return i18n.t('routine.errorTooManyLines', [String(CUSTOM_LIMITS.steps.lines)]);
    case 'badCharacters':
      return i18n.t('routine.errorBadCharacters');
    case 'notWholeNumber':
      return i18n.t('routine.errorNotWholeNumber', range);
    case 'outOfRange':
      return i18n.t('routine.errorOutOfRange', range);
    case 'capBelowStart':
      return i18n.t('routine.errorCapBelowStart');
    case 'badChoice':
      return i18n.t('routine.errorBadChoice');
  }
}
