import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { ConfirmPanel } from '@/components/ConfirmPanel';
import { CUSTOM_LIMITS, type CustomExercise, draftOf, EMPTY_DRAFT, newCustomId } from '@/utils/domain/custom-exercise';
import { formatNumber } from '@/utils/i18n/numbers';
import { removeCustomExercise, type SaveProblem, saveCustomExercise } from '@/utils/storage/save-custom-exercise';

/** The form is loaded when first opened: the page's first frame does not need it. */
type Form = typeof import('./CustomExerciseForm').CustomExerciseForm;

type Editing = { kind: 'none' } | { kind: 'new'; id: string } | { kind: 'change'; exercise: CustomExercise };

function problemText(problem: SaveProblem): string {
  switch (problem) {
    case 'invalid':
      return i18n.t('routine.fixErrors');
    case 'tooMany':
      return i18n.t('routine.tooMany', [formatNumber(CUSTOM_LIMITS.count.max)]);
    case 'overQuota':
      return i18n.t('routine.overQuota');
  }
}

async function save(exercise: CustomExercise): Promise<string | null> {
  try {
    const problem = await saveCustomExercise(exercise);
    return problem ? problemText(problem) : null;
  } catch (failure) {
    return i18n.t('routine.saveFailed', [failure instanceof Error ? failure.message : String(failure)]);
  }
}

/** The person's own exercises: add, change and delete them; each is stored only once valid. */
export function OwnExercises({ customs, announce }: { customs: CustomExercise[]; announce: (text: string) => void }) {
  const [editing, setEditing] = useState<Editing>({ kind: 'none' });
  const [Form, setForm] = useState<Form | null>(null);

  const edit = async (next: Editing) => {
    if (!Form) {
      const { CustomExerciseForm } = await import('./CustomExerciseForm');
      setForm(() => CustomExerciseForm);
    }
    setEditing(next);
  };
  const [deleting, setDeleting] = useState<CustomExercise | null>(null);
  const full = customs.length >= CUSTOM_LIMITS.count.max;

  const done = async (exercise: CustomExercise) => {
    const problem = await save(exercise);
    if (problem === null) {
      setEditing({ kind: 'none' });
      announce(i18n.t('routine.saved', [exercise.name]));
    }
    return problem;
  };

  return (
    <div class="own-exercises">
      <h3 id="own-heading">{i18n.t('routine.ownHeading')}</h3>
      <p>{i18n.t('routine.ownIntro')}</p>
      <p class="field-hint">
        {i18n.t('routine.ownCount', [formatNumber(customs.length), formatNumber(CUSTOM_LIMITS.count.max)])}
      </p>
      {customs.length === 0 ? (
        <p>{i18n.t('routine.ownEmpty')}</p>
      ) : (
        <ul class="own-list">
          {customs.map((exercise) => (
            <li key={exercise.id}>
              <span class="own-name">{exercise.name}</span>
              <button
                type="button"
                aria-label={i18n.t('routine.edit', [exercise.name])}
                onClick={() => void edit({ kind: 'change', exercise })}
              >
                {i18n.t('routine.change')}
              </button>
              <button
                type="button"
                aria-label={i18n.t('routine.delete', [exercise.name])}
                onClick={() => setDeleting(exercise)}
              >
                {i18n.t('routine.deleteConfirm')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {deleting && (
        <ConfirmPanel
          id="delete-exercise"
          question={i18n.t('routine.deleteQuestion', [deleting.name])}
          confirmLabel={i18n.t('routine.deleteConfirm')}
          cancelLabel={i18n.t('routine.cancel')}
          onConfirm={() => {
            const { name, id } = deleting;
            setDeleting(null);
            void removeCustomExercise(id).then(() => announce(i18n.t('routine.deleted', [name])));
          }}
          onCancel={() => setDeleting(null)}
        />
      )}
      {editing.kind === 'none' || !Form ? (
        <button
          type="button"
          class="primary"
          disabled={full}
          onClick={() => void edit({ kind: 'new', id: newCustomId(Math.random) })}
        >
          {i18n.t('routine.add')}
        </button>
      ) : (
        <Form
          key={editing.kind === 'new' ? editing.id : editing.exercise.id}
          id="custom"
          title={
            editing.kind === 'new' ? i18n.t('routine.addTitle') : i18n.t('routine.editTitle', [editing.exercise.name])
          }
          initial={editing.kind === 'new' ? EMPTY_DRAFT : draftOf(editing.exercise)}
          exerciseId={editing.kind === 'new' ? editing.id : editing.exercise.id}
          onSave={done}
          onCancel={() => setEditing({ kind: 'none' })}
        />
      )}
      {full && <p class="field-hint">{i18n.t('routine.tooMany', [formatNumber(CUSTOM_LIMITS.count.max)])}</p>}
    </div>
  );
}
