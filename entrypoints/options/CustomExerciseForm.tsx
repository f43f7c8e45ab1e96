import { useEffect, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { ChoiceItem } from '@/components/ChoiceItem';
import { describedBy } from '@/components/FieldMessage';
import {
  CUSTOM_LIMITS,
  type CustomDraft,
  type CustomErrors,
  type CustomExercise,
  type CustomField,
  exerciseFromDraft,
} from '@/utils/domain/custom-exercise';
import { formatSeconds } from '@/utils/i18n/numbers';
import { RadioGroup } from './RadioGroup';
import { customErrorText, rangeHint, textHint } from './routine-words';

interface FieldProps {
  id: string;
  label: string;
  hint?: string;
  error: string | null;
  value: string;
  onInput: (value: string) => void;
  /** A whole number, typed as digits. */
  numeric?: boolean;
  multiline?: boolean;
}

/** A labelled text control with its hint and, when refused, the reason right below it. */
function Field({ id, label, hint, error, value, onInput, numeric = false, multiline = false }: FieldProps) {
  const control = {
    id,
    value,
    'aria-describedby': describedBy(hint && `${id}-hint`, error !== null && `${id}-error`),
    'aria-invalid': error !== null || undefined,
    onInput: (event: Event) => onInput((event.currentTarget as HTMLInputElement | HTMLTextAreaElement).value),
  };
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {multiline ? (
        <textarea rows={4} {...control} />
      ) : (
        <input type="text" inputMode={numeric ? 'numeric' : undefined} {...control} />
      )}
      {hint && (
        <p id={`${id}-hint`} class="field-hint">
          {hint}
        </p>
      )}
      {error !== null && (
        <p id={`${id}-error`} class="field-message error">
          {error}
        </p>
      )}
    </div>
  );
}

const FIELD_ORDER: CustomField[] = ['name', 'steps', 'kind', 'amount', 'sets', 'perSide', 'step', 'cap'];

interface CustomExerciseFormProps {
  /** Prefix of the form's ids, so two forms never share one. */
  id: string;
  title: string;
  initial: CustomDraft;
  exerciseId: string;
  /** Stores the exercise; resolves to why it could not, or `null`. */
  onSave: (exercise: CustomExercise) => Promise<string | null>;
  onCancel: () => void;
}

/**
 * Adds or changes one of the person's own exercises; nothing is stored until every field is valid.
 * Focus moves to the title when it opens, so it is read first; Escape cancels.
 */
export function CustomExerciseForm({ id, title, initial, exerciseId, onSave, onCancel }: CustomExerciseFormProps) {
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<CustomErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const ids = (field: CustomField | 'grows') => `${id}-${field}`;
  const change = <K extends keyof CustomDraft>(key: K, value: CustomDraft[K]) => setDraft({ ...draft, [key]: value });
  const hold = draft.kind === 'hold';
  const typed: Record<CustomField, string> = {
    name: draft.name,
    steps: draft.steps,
    kind: draft.kind,
    amount: draft.amount,
    sets: draft.sets,
    perSide: '',
    step: draft.step,
    cap: draft.cap,
  };
  const errorOf = (field: CustomField) => {
    const error = errors[field];
    return error ? customErrorText(field, error, typed[field], draft.kind) : null;
  };

  async function submit(event: Event): Promise<void> {
    event.preventDefault();
    const read = exerciseFromDraft(draft, exerciseId);
    if (!read.ok) {
      setErrors(read.errors);
      setProblem(i18n.t('routine.fixErrors'));
      const first = FIELD_ORDER.find((field) => read.errors[field]);
      if (first) form.current?.querySelector<HTMLElement>(`#${ids(first)}`)?.focus();
      return;
    }
    setErrors({});
    setSaving(true);
    const failed = await onSave(read.exercise);
    setSaving(false);
    setProblem(failed);
  }

  function cancelOnEscape(event: KeyboardEvent): void {
    // An Escape a field kept for itself (an input method's, or one the field handled) is not for the form.
    if (event.key !== 'Escape' || event.defaultPrevented || event.isComposing) return;
    event.preventDefault();
    onCancel();
  }

  return (
    <form
      class="custom-form"
      ref={form}
      noValidate
      onSubmit={(event) => void submit(event)}
      onKeyDown={cancelOnEscape}
      aria-labelledby={`${id}-title`}
    >
      <h3 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {title}
      </h3>
      <p class="safety" role="note">
        {i18n.t('routine.ownNote')}
      </p>
      <Field
        id={ids('name')}
        label={i18n.t('routine.nameLabel')}
        hint={textHint('name')}
        error={errorOf('name')}
        value={draft.name}
        onInput={(value) => change('name', value)}
      />
      <Field
        id={ids('steps')}
        label={i18n.t('routine.stepsLabel')}
        hint={textHint('steps')}
        error={errorOf('steps')}
        value={draft.steps}
        onInput={(value) => change('steps', value)}
        multiline
      />
      <RadioGroup
        id={ids('kind')}
        legend={i18n.t('routine.kindLegend')}
        choices={[
          { value: 'hold', label: i18n.t('routine.kindHold') },
          { value: 'reps', label: i18n.t('routine.kindReps') },
        ]}
        selected={draft.kind}
        onSelect={(kind) => change('kind', kind)}
      />
      <Field
        id={ids('amount')}
        label={hold ? i18n.t('routine.holdLabel') : i18n.t('routine.repsLabel')}
        hint={rangeHint('amount', draft.kind)}
        error={errorOf('amount')}
        value={draft.amount}
        onInput={(value) => change('amount', value)}
        numeric
      />
      <Field
        id={ids('sets')}
        label={i18n.t('routine.setsLabel')}
        hint={rangeHint('sets', draft.kind)}
        error={errorOf('sets')}
        value={draft.sets}
        onInput={(value) => change('sets', value)}
        numeric
      />
      <div class="field">
        <ChoiceItem
          id={ids('perSide')}
          type="checkbox"
          label={i18n.t('routine.perSide')}
          checked={draft.perSide}
          onChange={(checked) => change('perSide', checked)}
        />
      </div>
      {hold && (
        <div class="field">
          <ChoiceItem
            id={ids('grows')}
            type="checkbox"
            label={i18n.t('routine.grows')}
            description={i18n.t('routine.growsHint')}
            checked={draft.grows}
            onChange={(checked) => change('grows', checked)}
          />
        </div>
      )}
      {hold && draft.grows && (
        <>
          <Field
            id={ids('step')}
            label={i18n.t('routine.stepLabel')}
            hint={rangeHint('step', draft.kind)}
            error={errorOf('step')}
            value={draft.step}
            onInput={(value) => change('step', value)}
            numeric
          />
          <Field
            id={ids('cap')}
            label={i18n.t('routine.capLabel')}
            hint={i18n.t('routine.capHint', [formatSeconds(CUSTOM_LIMITS.hold.max)])}
            error={errorOf('cap')}
            value={draft.cap}
            onInput={(value) => change('cap', value)}
            numeric
          />
        </>
      )}
      <p class="form-problem" role="alert">
        {problem ?? ''}
      </p>
      <div class="actions">
        <button type="submit" class="primary" disabled={saving}>
          {i18n.t('routine.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {i18n.t('routine.cancel')}
        </button>
      </div>
    </form>
  );
}
