import { i18n } from '#i18n';
import { CheckboxField } from '@/components/CheckboxField';
import { NumberField } from '@/components/NumberField';
import { IDLE_SECONDS, LIMITS, type Settings } from '@/utils/domain/settings';
import { formatMinutes } from '@/utils/i18n/numbers';
import { numberFieldWords, savedText } from './field-words';
import { ScheduleFields } from './ScheduleFields';
import { saveSetting } from './save-setting';

export function AwaySection({ settings }: { settings: Settings }) {
  return (
    <section aria-labelledby="away-heading">
      <h2 id="away-heading">{i18n.t('options.away.heading')}</h2>
      <CheckboxField
        id="pause-when-away"
        savedText={savedText()}
        label={i18n.t('options.away.pauseWhenAway')}
        checked={settings.pauseWhenAway}
        hint={i18n.t('options.away.pauseWhenAwayHint', [formatMinutes(IDLE_SECONDS / 60)])}
        onSave={(value) => saveSetting('pauseWhenAway', value)}
      />
      <NumberField
        id="away-ends-block"
        words={numberFieldWords()}
        label={i18n.t('options.away.awayEndsLabel')}
        value={settings.awayEndsBlockMinutes}
        {...LIMITS.awayEndsBlockMinutes}
        disabled={!settings.pauseWhenAway}
        onSave={(value, leaving) => saveSetting('awayEndsBlockMinutes', value, leaving)}
        hint={<p>{i18n.t('options.away.awayEndsHint')}</p>}
      />
      <ScheduleFields schedule={settings.schedule} />
    </section>
  );
}
