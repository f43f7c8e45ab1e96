import type { ComponentChildren } from 'preact';
import { describedBy, FieldMessage, type FieldStatus } from './FieldMessage';
import './fields.css';

export interface Choice<T extends string> {
  value: T;
  label: ComponentChildren;
  description?: ComponentChildren;
}

interface CheckboxGroupProps<T extends string> {
  id: string;
  legend: ComponentChildren;
  choices: Choice<T>[];
  selected: readonly T[];
  /** The outcome of the last change, shown once for the whole group. */
  status: FieldStatus;
  /** Shown once a change is stored. */
  savedText: string;
  onToggle: (value: T, checked: boolean) => void;
  /** Lays the choices out in a row (short labels such as days). */
  inline?: boolean;
}

/** A set of labelled checkboxes under one legend, with one message for the group. */
export function CheckboxGroup<T extends string>({
  id,
  legend,
  choices,
  selected,
  status,
  savedText,
  onToggle,
  inline,
}: CheckboxGroupProps<T>) {
  const messageId = `${id}-message`;
  const invalid = status.kind === 'error';
  return (
    <fieldset class="field group">
      <legend>{legend}</legend>
      <div class={inline ? 'choices inline' : 'choices'}>
        {choices.map((choice) => {
          const inputId = `${id}-${choice.value}`;
          const descriptionId = choice.description ? `${inputId}-description` : undefined;
          return (
            <div class="choice" key={choice.value}>
              <label class="check" for={inputId}>
                <input
                  id={inputId}
                  type="checkbox"
                  checked={selected.includes(choice.value)}
                  aria-invalid={invalid ? 'true' : undefined}
                  aria-describedby={describedBy(invalid && messageId, descriptionId)}
                  onChange={(event) => onToggle(choice.value, event.currentTarget.checked)}
                />
                <span>{choice.label}</span>
              </label>
              {choice.description && (
                <div id={descriptionId} class="field-hint check-hint">
                  {choice.description}
                </div>
              )}
            </div>
          );
        })}
      </div>
      <FieldMessage id={messageId} status={status} savedText={savedText} />
    </fieldset>
  );
}
