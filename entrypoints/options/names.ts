import { i18n } from '#i18n';
import type { Settings } from '@/utils/domain/settings';
import { formatList } from '@/utils/i18n/list';

/** Each setting by the label the page shows for it, for messages that name settings. */
function settingName(key: keyof Settings): string {
  switch (key) {
    case 'blockMinutes':
      return i18n.t('options.sitting.blockLabel');
    case 'postureEnabled':
      return i18n.t('options.sitting.postureToggle');
    case 'postureMinutes':
      return i18n.t('options.sitting.postureLabel');
    case 'breaks':
      return i18n.t('options.breaks.legend');
    case 'routines':
      return i18n.t('routine.heading');
    case 'restSeconds':
      return i18n.t('options.breaks.restLabel');
    case 'soundCues':
      return i18n.t('options.breaks.soundCues');
    case 'pauseWhenAway':
      return i18n.t('options.away.pauseWhenAway');
    case 'awayEndsBlockMinutes':
      return i18n.t('options.away.awayEndsLabel');
    case 'schedule':
      return i18n.t('options.away.scheduleName');
    case 'keepOnScreen':
      return i18n.t('options.notifications.keepOnScreen');
    case 'silent':
      return i18n.t('options.notifications.silent');
    case 'badge':
      return i18n.t('options.notifications.badge');
    case 'adaptPosture':
      return i18n.t('nudges.adaptLabel');
    case 'holdInFullScreen':
      return i18n.t('nudges.fullScreenLabel');
    case 'headsUp':
      return i18n.t('nudges.headsUpLabel');
  }
}

export function settingNames(keys: readonly (keyof Settings)[]): string {
  return formatList(keys.map(settingName));
}
