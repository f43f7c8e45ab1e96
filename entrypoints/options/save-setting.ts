/** How the options page writes the settings: checked first, then merged into the freshest stored value. */
import { i18n } from '#i18n';
import { formatTimeOfDay } from '@/components/dates';
import { settingsWriter } from '@/utils/client/settings-writer';
import { checkSetting, LIMITS, type NumericSetting, type SettingError, type Settings } from '@/utils/domain/settings';
import { formatNumber } from '@/utils/i18n/numbers';

/** Asks for a time, with an example written the way the reader's time field shows it. */
export function badTimeText(): string {
  return i18n.t('options.away.badTime', [formatTimeOfDay(new Date(2023, 0, 2, 9, 0))]);
}

function errorText(key: keyof Settings, error: SettingError): string {
  switch (error) {
    case 'noBreakChosen':
      return i18n.t('options.breaks.noneChosen');
    case 'noDayChosen':
      return i18n.t('options.away.noDay');
    case 'badTime':
      return badTimeText();
    case 'endBeforeStart':
      return i18n.t('options.away.endBeforeStart');
    case 'notWholeNumber':
    case 'outOfRange': {
      const { min, max } = LIMITS[key as NumericSetting];
      return i18n.t('options.number.empty', [formatNumber(min), formatNumber(max)]);
    }
    case 'noneOn':
      return i18n.t('routine.noneOn');
    case 'notBoolean':
    case 'badRoutine':
      return i18n.t('error.unknown');
  }
}

/**
 * Checks and stores one setting; resolves to the reason shown next to the field, or `null`.
 * With `atOnce`, the write starts before this returns, for a page that is going away.
 */
export async function saveSetting<K extends keyof Settings>(
  key: K,
  value: Settings[K],
  atOnce = false,
): Promise<string | null> {
  const error = checkSetting(key, value);
  if (error !== null) return errorText(key, error);
  const change = { [key]: value } as Partial<Settings>;
  try {
    await settingsWriter((writes) => (atOnce ? writes.updateSettingsAtOnce(change) : writes.updateSettings(change)));
    return null;
  } catch (failure) {
    return i18n.t('options.saveFailed', [failure instanceof Error ? failure.message : String(failure)]);
  }
}
