import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { ConfirmPanel } from '@/components/ConfirmPanel';
import { CUSTOM_LIMITS, type CustomExercise, draftOf, EMPTY_DRAFT, newCustomId } from '@/utils/domain/custom-exercise';
import { isolate } from '@/utils/i18n/isolate';
import { formatNumber } from '@/utils/i18n/numbers';
import { joinSentences } from '@/utils/i18n/sentences';
import { removeCustomExercise, type SaveProblem, saveCustomExercise } from '@/utils/storage/save-custom-exercise';

/** The form is loaded when first opened: the page's first frame does not need it. */
type Form = typeof import('./CustomExerciseForm').CustomExerciseForm;

type Editing = { kind: 'none' } | { kind: 'new'; id: string } | { kind: 'change'; exercise: CustomExercise };

/** The button that takes keyboard focus once the page has redrawn, when a form or question closes. */
type FocusTarget = { button: 'add' } | { button: 'change' | 'delete'; id: string };

function focusSelector(target: FocusTarget): string {
  return target.button === 'add' ? 'button.add' : `[data-exercise="${target.id}"] button.${target.button}`;
}

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
  const root = useRef<HTMLDivElement>(null);
  const focusAfter = useRef<FocusTarget | null>(null);

  // The button to return to may only be drawn by this render (the form took the place of "Add exercise").
  useLayoutEffect(() => {
    const target = focusAfter.current;
    if (!target) return;
    focusAfter.current = null;
    root.current?.querySelector<HTMLElement>(focusSelector(target))?.focus();
  });

  const edit = async (next: Editing) => {
    if (!Form) {
      const { CustomExerciseForm } = await import('./CustomExerciseForm');
      setForm(() => CustomExerciseForm);
    }
    setEditing(next);
  };
  const [deleting, setDeleting] = useState<CustomExercise | null>(null);
  const full = customs.length >= CUSTOM_LIMITS.count.max;

  /** Closes the form and goes back to the button that opened it. */
  const closeForm = () => {
    focusAfter.current = editing.kind === 'change' ? { button: 'change', id: editing.exercise.id } : { button: 'add' };
    setEditing({ kind: 'none' });
  };

  const done = async (exercise: CustomExercise) => {
    const problem = await save(exercise);
    if (problem === null) {
      closeForm();
      announce(i18n.t('routine.saved', [exercise.name]));
    }
    return problem;
  };

  const closeQuestion = (then: FocusTarget) => {
    focusAfter.current = then;
    setDeleting(null);
  };

  /** The next exercise's "Delete", or the one before when the last goes, or "Add exercise" when none is left. */
  const afterDeleting = (id: string): FocusTarget => {
    const at = customs.findIndex((exercise) => exercise.id === id);
    const neighbour = customs[at + 1] ?? customs[at - 1];
    return neighbour ? { button: 'delete', id: neighbour.id } : { button: 'add' };
  };

  return (
    <div class="own-exercises" ref={root}>
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
            <li key={exercise.id} data-exercise={exercise.id}>
              <span class="own-name">
                <bdi>{exercise.name}</bdi>
              </span>
              <button
                type="button"
                class="change"
                aria-label={i18n.t('routine.edit', [exercise.name])}
                onClick={() => void edit({ kind: 'change', exercise })}
              >
                {i18n.t('routine.change')}
              </button>
              <button
                type="button"
                class="delete"
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
          key={deleting.id}
          id="delete-exercise"
          question={i18n.t('routine.deleteQuestion', [isolate(deleting.name)])}
          confirmLabel={i18n.t('routine.deleteConfirm')}
          cancelLabel={i18n.t('routine.cancel')}
          onConfirm={() => {
            const { name, id } = deleting;
            closeQuestion(afterDeleting(id));
            // Its form, left open, would store it again on "Save exercise".
            if (editing.kind === 'change' && editing.exercise.id === id) setEditing({ kind: 'none' });
            void removeCustomExercise(id).then(({ defaultsBackOn }) =>
              announce(
                joinSentences(
                  i18n.t('routine.deleted', [name]),
                  ...(defaultsBackOn ? [i18n.t('routine.defaultsBackOn')] : []),
                ),
              ),
            );
          }}
          onCancel={() => closeQuestion({ button: 'delete', id: deleting.id })}
        />
      )}
      {editing.kind === 'none' || !Form ? (
        // Marked rather than disabled: the twentieth save lands while this button has focus, and a disabled one drops it.
        <button
          type="button"
          class="primary add"
          aria-disabled={full || undefined}
          aria-describedby={full ? 'own-full' : undefined}
          onClick={() => {
            if (!full) void edit({ kind: 'new', id: newCustomId(Math.random) });
          }}
        >
          {i18n.t('routine.add')}
        </button>
      ) : (
        <Form
          key={editing.kind === 'new' ? editing.id : editing.exercise.id}
          id="custom"
          title={
            editing.kind === 'new'
              ? i18n.t('routine.addTitle')
              : i18n.t('routine.editTitle', [isolate(editing.exercise.name)])
          }
          initial={editing.kind === 'new' ? EMPTY_DRAFT : draftOf(editing.exercise)}
          exerciseId={editing.kind === 'new' ? editing.id : editing.exercise.id}
          onSave={done}
          onCancel={closeForm}
        />
      )}
      {full && (
        <p class="field-hint" id="own-full">
          {i18n.t('routine.tooMany', [formatNumber(CUSTOM_LIMITS.count.max)])}
        </p>
      )}
    </div>
  );
}
