import type { ComponentChildren } from 'preact';
import { type Choice, ChoiceItem } from './ChoiceItem';
import { FieldMessage, type FieldStatus } from './FieldMessage';
import './fields.css';

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
  return (
    <fieldset class="field group">
      <legend>{legend}</legend>
      <div class={inline ? 'choices inline' : 'choices'}>
        {choices.map((choice) => (
          <ChoiceItem
            key={choice.value}
            id={`${id}-${choice.value}`}
            type="checkbox"
            label={choice.label}
            description={choice.description}
            checked={selected.includes(choice.value)}
            errorId={status.kind === 'error' && messageId}
            onChange={(checked) => onToggle(choice.value, checked)}
          />
        ))}
      </div>
      <FieldMessage id={messageId} status={status} savedText={savedText} />
    </fieldset>
  );
}
