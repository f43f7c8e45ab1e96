import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { CheckboxField } from '@/components/CheckboxField';
import { CheckboxGroup, type Choice } from '@/components/CheckboxGroup';
import { exerciseGoal, exerciseName } from '@/components/exercise-text';
import { useFieldStatus } from '@/components/hooks/useFieldStatus';
import { useStoredChange } from '@/components/hooks/useStoredChange';
import { NumberField } from '@/components/NumberField';
import { EXERCISE_IDS, type ExerciseId } from '@/utils/domain/exercise-ids';
import { EXERCISES, type Exercise } from '@/utils/domain/exercises';
import { LIMITS, orderBreaks, type Settings } from '@/utils/domain/settings';
import { formatNumber, formatSeconds } from '@/utils/i18n/numbers';
import { plural } from '@/utils/i18n/plural';
import { numberFieldWords, savedText } from './field-words';
import { saveSetting } from './save-setting';

function doseText({ dose }: Exercise): string {
  const sets = formatNumber(dose.sets);
  if (dose.kind === 'reps') return plural('options.breaks.doseReps', dose.sets, [sets, formatNumber(dose.reps)]);
  const subs = [sets, formatNumber(dose.start)];
  return plural(dose.perSide ? 'options.breaks.doseHoldPerSide' : 'options.breaks.doseHold', dose.sets, subs);
}

function choice(id: ExerciseId): Choice<ExerciseId> {
  const exercise = EXERCISES[id];
  const { key } = exercise;
  return {
    value: id,
    label: (
      <>
        {exerciseName(key)}
        {exercise.advanced && <span class="tag">{i18n.t('options.breaks.advanced')}</span>}
      </>
    ),
    description: (
      <>
        <p>
          <strong>{exerciseGoal(key)}</strong> · {doseText(exercise)}
        </p>
        <p>{i18n.t(`exercise.${key}.summary`)}</p>
      </>
    ),
  };
}

export function BreaksSection({ settings }: { settings: Settings }) {
  // What the boxes show may differ from what is stored while the choice is refused (none ticked).
  const [chosen, setChosen] = useState<ExerciseId[]>(settings.breaks);
  const { status, settle } = useFieldStatus();
  // A choice stored elsewhere (another browser) replaces what the boxes show.
  useStoredChange(settings.breaks.join(), () => setChosen(settings.breaks));

  const toggle = async (id: ExerciseId, on: boolean) => {
    const next = orderBreaks(on ? [...chosen, id] : chosen.filter((c) => c !== id));
    setChosen(next);
    await settle(saveSetting('breaks', next));
  };

  return (
    <section aria-labelledby="breaks-heading">
      <h2 id="breaks-heading">{i18n.t('options.breaks.heading')}</h2>
      <p class="safety" role="note">
        {i18n.t('options.breaks.safety')}
      </p>
      <p>{i18n.t('options.breaks.intro')}</p>
      <CheckboxGroup
        id="breaks"
        savedText={savedText()}
        legend={i18n.t('options.breaks.legend')}
        choices={EXERCISE_IDS.map(choice)}
        selected={chosen}
        status={status}
        onToggle={(id, on) => void toggle(id, on)}
      />
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
