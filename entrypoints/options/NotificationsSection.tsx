import { i18n } from '#i18n';
import { CheckboxField } from '@/components/CheckboxField';
import type { Settings } from '@/utils/domain/settings';
import { savedText } from './field-words';
import { saveSetting } from './save-setting';

export function NotificationsSection({ settings }: { settings: Settings }) {
  return (
    <section aria-labelledby="notifications-heading">
      <h2 id="notifications-heading">{i18n.t('options.notifications.heading')}</h2>
      <CheckboxField
        id="keep-on-screen"
        savedText={savedText()}
        label={i18n.t('options.notifications.keepOnScreen')}
        checked={settings.keepOnScreen}
        hint={i18n.t('options.notifications.keepOnScreenHint')}
        onSave={(value) => saveSetting('keepOnScreen', value)}
      />
      <CheckboxField
        id="silent"
        savedText={savedText()}
        label={i18n.t('options.notifications.silent')}
        checked={settings.silent}
        hint={i18n.t('options.notifications.silentHint')}
        onSave={(value) => saveSetting('silent', value)}
      />
      <CheckboxField
        id="hold-in-full-screen"
        savedText={savedText()}
        label={i18n.t('nudges.fullScreenLabel')}
        checked={settings.holdInFullScreen}
        hint={i18n.t('nudges.fullScreenHint')}
        onSave={(value) => saveSetting('holdInFullScreen', value)}
      />
      <CheckboxField
        id="heads-up"
        savedText={savedText()}
        label={i18n.t('nudges.headsUpLabel')}
        checked={settings.headsUp}
        hint={i18n.t('nudges.headsUpHint')}
        onSave={(value) => saveSetting('headsUp', value)}
      />
      <CheckboxField
        id="badge"
        savedText={savedText()}
        label={i18n.t('options.notifications.badge')}
        checked={settings.badge}
        onSave={(value) => saveSetting('badge', value)}
      />
    </section>
  );
}
