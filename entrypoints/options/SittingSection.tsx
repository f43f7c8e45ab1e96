import { i18n } from '#i18n';
import { CheckboxField } from '@/components/CheckboxField';
import { NumberField } from '@/components/NumberField';
import { isOnBall } from '@/utils/domain/machine';
import type { Session } from '@/utils/domain/session';
import { DEFAULT_SETTINGS, LIMITS, type Settings } from '@/utils/domain/settings';
import { formatMinutes } from '@/utils/i18n/numbers';
import { plural } from '@/utils/i18n/plural';
import { numberFieldWords, savedText } from './field-words';
import { saveSetting } from './save-setting';

interface SittingSectionProps {
  settings: Settings;
  session: Session;
}

export function SittingSection({ settings, session }: SittingSectionProps) {
  // A running block keeps the length it started with; say so once the setting differs from it.
  const running = isOnBall(session) ? session.block : null;
  const keeps = running && running.lengthMinutes !== settings.blockMinutes ? running.lengthMinutes : null;
  return (
    <section aria-labelledby="sitting-heading">
      <h2 id="sitting-heading">{i18n.t('options.sitting.heading')}</h2>
      <NumberField
        id="block-minutes"
        words={numberFieldWords()}
        label={i18n.t('options.sitting.blockLabel')}
        value={settings.blockMinutes}
        {...LIMITS.blockMinutes}
        onSave={(value, leaving) => saveSetting('blockMinutes', value, leaving)}
        hint={
          <>
            <p>{i18n.t('options.sitting.blockHint')}</p>
            {keeps !== null && <p class="running-note">{plural('options.sitting.blockRunning', keeps)}</p>}
          </>
        }
      />
      <CheckboxField
        id="posture-enabled"
        savedText={savedText()}
        label={i18n.t('options.sitting.postureToggle')}
        checked={settings.postureEnabled}
        onSave={(value) => saveSetting('postureEnabled', value)}
      />
      <NumberField
        id="posture-minutes"
        words={numberFieldWords()}
        label={i18n.t('options.sitting.postureLabel')}
        value={settings.postureMinutes}
        {...LIMITS.postureMinutes}
        disabled={!settings.postureEnabled}
        onSave={(value, leaving) => saveSetting('postureMinutes', value, leaving)}
        hint={<p>{i18n.t('options.sitting.postureHint')}</p>}
      />
      <CheckboxField
        id="adapt-posture"
        savedText={savedText()}
        label={i18n.t('nudges.adaptLabel')}
        checked={settings.adaptPosture}
        hint={i18n.t('nudges.adaptHint')}
        onSave={(value) => saveSetting('adaptPosture', value)}
      />
      <div class="tip" role="note" aria-labelledby="sitting-tip-heading">
        <h3 id="sitting-tip-heading">{i18n.t('options.sitting.tipHeading')}</h3>
        <p>{i18n.t('options.sitting.tipDose', [formatMinutes(DEFAULT_SETTINGS.blockMinutes)])}</p>
        <p>{i18n.t('options.sitting.tipBall')}</p>
      </div>
    </section>
  );
}
