/** The routines and the person's own exercises: loaded after the settings page's first frame. */
import { useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { errorStatus, FieldMessage } from '@/components/FieldMessage';
import { useFieldStatus } from '@/components/hooks/useFieldStatus';
import { useStoredChange } from '@/components/hooks/useStoredChange';
import { useStoredLoad } from '@/components/hooks/useStoredLoad';
import {
  listedEntries,
  ROUTINE_NAMES,
  type RoutineEntry,
  type RoutineName,
  type Routines,
  withListed,
} from '@/utils/domain/routine';
import type { Settings } from '@/utils/domain/settings';
import { loadCustomExercises, watchCustomExercises } from '@/utils/storage/custom-exercises';
import { savedText } from './field-words';
import { OwnExercises } from './OwnExercises';
import { RadioGroup } from './RadioGroup';
import { RoutineList } from './RoutineList';
import { saveSetting } from './save-setting';

const ROUTINE_WORDS: Record<RoutineName, { name: () => string; hint: () => string }> = {
  full: { name: () => i18n.t('routine.full'), hint: () => i18n.t('routine.fullHint') },
  quick: { name: () => i18n.t('routine.quick'), hint: () => i18n.t('routine.quickHint') },
};

export function RoutineEditor({ settings }: { settings: Settings }) {
  const customs = useStoredLoad(loadCustomExercises, watchCustomExercises);
  const [shown, setShown] = useState<RoutineName>('full');
  // What the list shows may differ from what is stored while a change is refused (nothing on).
  const [routines, setRoutines] = useState<Routines>(settings.routines);
  // The latest routines, so changes made faster than the page redraws build on each other.
  const latest = useRef(routines);
  latest.current = routines;
  const { status, show, settle } = useFieldStatus();
  const [message, setMessage] = useState('');
  const saving = useRef(0);
  // Routines stored elsewhere (another browser, an import, a new exercise) replace what the list
  // shows, but not while this page's own saves are on their way: an older one arriving late
  // would undo the moves made since.
  useStoredChange(JSON.stringify(settings.routines), () => {
    if (saving.current === 0) setRoutines(settings.routines);
  });

  const change = async (name: RoutineName, update: (entries: RoutineEntry[]) => RoutineEntry[]) => {
    const stored = latest.current[name];
    const entries = update(listedEntries(stored, customs ?? []));
    const next = { ...latest.current, [name]: withListed(stored, entries) };
    latest.current = next;
    setRoutines(next);
    if (!entries.some((e) => e.on)) {
      show(errorStatus(i18n.t('routine.noneOn')));
      return;
    }
    // The other routine, while a change to it is refused (nothing on), is saved as it was stored.
    const valid = (other: RoutineName) => (next[other].some((e) => e.on) ? next[other] : settings.routines[other]);
    saving.current += 1;
    await settle(saveSetting('routines', { full: valid('full'), quick: valid('quick') })).finally(() => {
      saving.current -= 1;
    });
  };

  return (
    <>
      <h3>{i18n.t('routine.heading')}</h3>
      <p>{i18n.t('routine.intro')}</p>
      <RadioGroup
        id="routine-shown"
        legend={i18n.t('routine.routineLegend')}
        choices={ROUTINE_NAMES.map((name) => ({
          value: name,
          label: ROUTINE_WORDS[name].name(),
          description: ROUTINE_WORDS[name].hint(),
        }))}
        selected={shown}
        onSelect={setShown}
      />
      {customs && (
        <RoutineList
          id={`routine-${shown}`}
          label={i18n.t('routine.listLabel', [ROUTINE_WORDS[shown].name()])}
          entries={listedEntries(routines[shown], customs)}
          customs={customs}
          onChange={(update) => void change(shown, update)}
          announce={setMessage}
        />
      )}
      <FieldMessage id="routine-status" status={status} savedText={savedText()} />
      {customs && <OwnExercises customs={customs} announce={setMessage} />}
      <p class="visually-hidden" role="status">
        {message}
      </p>
    </>
  );
}
