import type { ComponentChildren } from 'preact';
import { describedBy } from './FieldMessage';
import './fields.css';

/** One choice of a group: the value it stands for, its label and what it means. */
export interface Choice<T extends string> {
  value: T;
  label: ComponentChildren;
  description?: ComponentChildren;
}

interface ChoiceItemProps {
  id: string;
  type: 'checkbox' | 'radio';
  /** The radio group's name; a checkbox needs none. */
  name?: string;
  label: ComponentChildren;
  /** Shown under the label, lined up with its text, and read as the control's description. */
  description?: ComponentChildren;
  checked: boolean;
  /** The id of the error that marks the control invalid and describes it, while there is one. */
  errorId?: string | false;
  onChange: (checked: boolean) => void;
}

/** One labelled checkbox or radio button with its description under it, as every choice in the settings looks. */
export function ChoiceItem({ id, type, name, label, description, checked, errorId, onChange }: ChoiceItemProps) {
  const descriptionId = description ? `${id}-description` : undefined;
  return (
    <div class="choice">
      <label class="check" for={id}>
        <input
          id={id}
          type={type}
          name={name}
          checked={checked}
          aria-invalid={errorId ? 'true' : undefined}
          aria-describedby={describedBy(errorId, descriptionId)}
          onChange={(event) => onChange(event.currentTarget.checked)}
        />
        <span>{label}</span>
      </label>
      {description && (
        <div id={descriptionId} class="field-hint check-hint">
          {description}
        </div>
      )}
    </div>
  );
}
