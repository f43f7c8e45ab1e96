import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { describedBy, FieldMessage } from './FieldMessage';
import { useFieldStatus } from './hooks/useFieldStatus';
import './fields.css';
import { useStoredChange } from './hooks/useStoredChange';

interface CheckboxFieldProps {
  /** Shown once a change is stored. */
  savedText: string;
  id: string;
  label: ComponentChildren;
  /** The stored value. */
  checked: boolean;
  hint?: ComponentChildren;
  /** Stores the new value; resolves to a reason when it could not. */
  onSave: (checked: boolean) => Promise<string | null>;
}

/** A labelled on/off setting, stored as soon as it changes; a failed save puts the box back. */
export function CheckboxField({ id, label, checked, hint, onSave, savedText }: CheckboxFieldProps) {
  const [shown, setShown] = useState(checked);
  const { status, settle } = useFieldStatus();

  useStoredChange(checked, () => setShown(checked));

  const change = async (next: boolean) => {
    setShown(next);
    const outcome = await settle(onSave(next));
    if (outcome !== null && outcome !== 'superseded') setShown(!next);
  };

  const hintId = hint ? `${id}-hint` : undefined;
  const messageId = `${id}-message`;
  return (
    <div class="field">
      <label class="check" for={id}>
        <input
          id={id}
          type="checkbox"
          checked={shown}
          aria-describedby={describedBy(status.kind === 'error' && messageId, hintId)}
          onChange={(event) => void change(event.currentTarget.checked)}
        />
        <span>{label}</span>
      </label>
      <FieldMessage id={messageId} status={status} savedText={savedText} />
      {hint && (
        <div id={hintId} class="field-hint check-hint">
          {hint}
        </div>
      )}
    </div>
  );
}
