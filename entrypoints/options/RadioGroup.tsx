import { type Choice, ChoiceItem } from '@/components/ChoiceItem';

interface RadioGroupProps<T extends string> {
  /** The group's id, also its buttons' name; a form can move focus to it. */
  id: string;
  legend: string;
  choices: Choice<T>[];
  selected: T;
  onSelect: (value: T) => void;
}

/** One choice out of a few, each with its label and, where it helps, what it means. */
export function RadioGroup<T extends string>({ id, legend, choices, selected, onSelect }: RadioGroupProps<T>) {
  return (
    <fieldset class="field group" id={id} tabIndex={-1}>
      <legend>{legend}</legend>
      <div class="choices">
        {choices.map((choice) => (
          <ChoiceItem
            key={choice.value}
            id={`${id}-${choice.value}`}
            type="radio"
            name={id}
            label={choice.label}
            description={choice.description}
            checked={selected === choice.value}
            onChange={() => onSelect(choice.value)}
          />
        ))}
      </div>
    </fieldset>
  );
}
