import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { describedBy } from '@/components/FieldMessage';
import {
  CUSTOM_LIMITS,
  type CustomDraft,
  type CustomErrors,
  type CustomExercise,
  type CustomField,
  exerciseFromDraft,
} from '@/utils/domain/custom-exercise';
import { customErrorText } from './routine-words';

interface FieldProps {
  id: string;
  label: string;
  hint?: string;
  error: string | null;
  children: (describedBy: string | undefined, invalid: boolean) => ComponentChildren;
}

/** A labelled control with its hint and, when refused, the reason right below it. */
function Field({ id, label, hint, error, children }: FieldProps) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {children(describedBy(hint && `${id}-hint`, error !== null && `${id}-error`), error !== null)}
      {hint && (
        <p id={`${id}-hint`} class="hint">
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

/** Adds or changes one of the person's own exercises; nothing is stored until every field is valid. */
export function CustomExerciseForm({ id, title, initial, exerciseId, onSave, onCancel }: CustomExerciseFormProps) {
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<CustomErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const form = useRef<HTMLFormElement>(null);
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

  const { name, steps, hold: holdLimits, reps, sets, step } = CUSTOM_LIMITS;
  const amountLimits = hold ? holdLimits : reps;
  return (
    <form
      class="custom-form"
      ref={form}
      noValidate
      onSubmit={(event) => void submit(event)}
      aria-labelledby={`${id}-title`}
    >
      <h3 id={`${id}-title`}>{title}</h3>
      <p class="safety" role="note">
        {i18n.t('routine.ownNote')}
      </p>
      <Field
        id={ids('name')}
        label={i18n.t('routine.nameLabel')}
        hint={i18n.t('routine.nameHint', [String(name.max)])}
        error={errorOf('name')}
      >
        {(described, invalid) => (
          <input
            id={ids('name')}
            type="text"
            value={draft.name}
            aria-describedby={described}
            aria-invalid={invalid || undefined}
            onInput={(event) => change('name', event.currentTarget.value)}
          />
        )}
      </Field>
      <Field
        id={ids('steps')}
        label={i18n.t('routine.stepsLabel')}
        hint={i18n.t('routine.stepsHint', [String(steps.lines), String(steps.max)])}
        error={errorOf('steps')}
      >
        {(described, invalid) => (
          <textarea
            id={ids('steps')}
            rows={4}
            value={draft.steps}
            aria-describedby={described}
            aria-invalid={invalid || undefined}
            onInput={(event) => change('steps', event.currentTarget.value)}
          />
        )}
      </Field>
      <fieldset class="field" id={ids('kind')} tabIndex={-1}>
        <legend>{i18n.t('routine.kindLegend')}</legend>
        {(['hold', 'reps'] as const).map((kind) => (
          <label key={kind} class="inline">
            <input
              type="radio"
              name={ids('kind')}
              checked={draft.kind === kind}
              onChange={() => change('kind', kind)}
            />
            {kind === 'hold' ? i18n.t('routine.kindHold') : i18n.t('routine.kindReps')}
          </label>
        ))}
      </fieldset>
      <Field
        id={ids('amount')}
        label={hold ? i18n.t('routine.holdLabel') : i18n.t('routine.repsLabel')}
        hint={
          hold
            ? i18n.t('routine.holdHint', [String(amountLimits.min), String(amountLimits.max)])
            : i18n.t('routine.repsHint', [String(amountLimits.min), String(amountLimits.max)])
        }
        error={errorOf('amount')}
      >
        {(described, invalid) => (
          <input
            id={ids('amount')}
            type="text"
            inputMode="numeric"
            value={draft.amount}
            aria-describedby={described}
            aria-invalid={invalid || undefined}
            onInput={(event) => change('amount', event.currentTarget.value)}
          />
        )}
      </Field>
      <Field
        id={ids('sets')}
        label={i18n.t('routine.setsLabel')}
        hint={i18n.t('routine.setsHint', [String(sets.min), String(sets.max)])}
        error={errorOf('sets')}
      >
        {(described, invalid) => (
          <input
            id={ids('sets')}
            type="text"
            inputMode="numeric"
            value={draft.sets}
            aria-describedby={described}
            aria-invalid={invalid || undefined}
            onInput={(event) => change('sets', event.currentTarget.value)}
          />
        )}
      </Field>
      <div class="field">
        <label class="inline">
          <input
            id={ids('perSide')}
            type="checkbox"
            checked={draft.perSide}
            onChange={(event) => change('perSide', event.currentTarget.checked)}
          />
          {i18n.t('routine.perSide')}
        </label>
      </div>
      {hold && (
        <div class="field">
          <label class="inline">
            <input
              id={ids('grows')}
              type="checkbox"
              checked={draft.grows}
              aria-describedby={`${ids('grows')}-hint`}
              onChange={(event) => change('grows', event.currentTarget.checked)}
            />
            {i18n.t('routine.grows')}
          </label>
          <p id={`${ids('grows')}-hint`} class="hint">
            {i18n.t('routine.growsHint')}
          </p>
        </div>
      )}
      {hold && draft.grows && (
        <>
          <Field
            id={ids('step')}
            label={i18n.t('routine.stepLabel')}
            hint={i18n.t('routine.stepHint', [String(step.min), String(step.max)])}
            error={errorOf('step')}
          >
            {(described, invalid) => (
              <input
                id={ids('step')}
                type="text"
                inputMode="numeric"
                value={draft.step}
                aria-describedby={described}
                aria-invalid={invalid || undefined}
                onInput={(event) => change('step', event.currentTarget.value)}
              />
            )}
          </Field>
          <Field
            id={ids('cap')}
            label={i18n.t('routine.capLabel')}
            hint={i18n.t('routine.capHint', [String(holdLimits.max)])}
            error={errorOf('cap')}
          >
            {(described, invalid) => (
              <input
                id={ids('cap')}
                type="text"
                inputMode="numeric"
                value={draft.cap}
                aria-describedby={described}
                aria-invalid={invalid || undefined}
                onInput={(event) => change('cap', event.currentTarget.value)}
              />
            )}
          </Field>
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
