import { describedBy, FieldMessage, type FieldStatus } from './FieldMessage';
import './fields.css';

interface TimeFieldProps {
  /** Shown once a change is stored. */
  savedText: string;
  id: string;
  label: string;
  /** "HH:MM", or "" while the field is cleared. */
  value: string;
  status: FieldStatus;
  onChange: (value: string) => void;
}

/** A labelled time of day; its parent checks the value, since only it knows the other times. */
export function TimeField({ id, label, value, status, onChange, savedText }: TimeFieldProps) {
  const messageId = `${id}-message`;
  const invalid = status.kind === 'error';
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="time"
        value={value}
        aria-invalid={invalid ? 'true' : undefined}
        aria-describedby={describedBy(invalid && messageId)}
        onInput={(event) => onChange(event.currentTarget.value)}
      />
      <FieldMessage id={messageId} status={status} savedText={savedText} />
    </div>
  );
}
