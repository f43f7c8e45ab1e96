import { i18n } from '#i18n';
import { CheckboxField } from '@/components/CheckboxField';
import { useAfterFirstFrame } from '@/components/hooks/useAfterFirstFrame';
import { NumberField } from '@/components/NumberField';
import { afterFirstFrame } from '@/utils/client/after-first-frame';
import { LIMITS, type Settings } from '@/utils/domain/settings';
import { formatSeconds } from '@/utils/i18n/numbers';
import { numberFieldWords, savedText } from './field-words';
import { saveSetting } from './save-setting';

const editorModule = afterFirstFrame(() => import('./RoutineEditor'));

export function BreaksSection({ settings }: { settings: Settings }) {
  const Editor = useAfterFirstFrame(editorModule, (module) => module.RoutineEditor);
  return (
    <section aria-labelledby="breaks-heading">
      <h2 id="breaks-heading">{i18n.t('options.breaks.heading')}</h2>
      <p class="safety" role="note">
        {i18n.t('options.breaks.safety')}
      </p>
      {Editor && <Editor settings={settings} />}
      <NumberField
        id="rest-seconds"
        words={numberFieldWords()}
        label={i18n.t('options.breaks.restLabel')}
        value={settings.restSeconds}
        {...LIMITS.restSeconds}
        onSave={(value, leaving) => saveSetting('restSeconds', value, leaving)}
        hint={
          <p>
            {i18n.t('options.breaks.restHint', [
              formatSeconds(LIMITS.restSeconds.min),
              formatSeconds(LIMITS.restSeconds.max),
            ])}
          </p>
        }
      />
      <CheckboxField
        id="sound-cues"
        savedText={savedText()}
        label={i18n.t('options.breaks.soundCues')}
        checked={settings.soundCues}
        hint={i18n.t('options.breaks.soundCuesHint')}
        onSave={(value) => saveSetting('soundCues', value)}
      />
    </section>
  );
}
