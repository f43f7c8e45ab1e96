import { i18n } from '#i18n';
import { CheckboxField } from '@/components/CheckboxField';
import { NumberField } from '@/components/NumberField';
import { formatMinutes } from '@/utils/i18n/numbers';
import { IDLE_SECONDS, LIMITS, type Settings } from '@/utils/settings';
import { ScheduleFields } from './ScheduleFields';
import { saveSetting } from './store';

export function AwaySection({ settings }: { settings: Settings }) {
  return (
    <section aria-labelledby="away-heading">
      <h2 id="away-heading">{i18n.t('options.away.heading')}</h2>
      <CheckboxField
        id="pause-when-away"
        label={i18n.t('options.away.pauseWhenAway')}
        checked={settings.pauseWhenAway}
        hint={i18n.t('options.away.pauseWhenAwayHint', [formatMinutes(IDLE_SECONDS / 60)])}
        onSave={(value) => saveSetting('pauseWhenAway', value)}
      />
      <NumberField
        id="away-ends-block"
        label={i18n.t('options.away.awayEndsLabel')}
        value={settings.awayEndsBlockMinutes}
        {...LIMITS.awayEndsBlockMinutes}
        disabled={!settings.pauseWhenAway}
        onSave={(value) => saveSetting('awayEndsBlockMinutes', value)}
        hint={<p>{i18n.t('options.away.awayEndsHint')}</p>}
      />
      <ScheduleFields schedule={settings.schedule} />
    </section>
  );
}
