import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import './fields.css';

interface ConfirmPanelProps {
  id: string;
  question: ComponentChildren;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * A second step inside the page for actions that replace what the person set. Focus moves to
 * the question, so it is read first and a stray Enter confirms nothing; Escape cancels.
 */
export function ConfirmPanel({ id, question, confirmLabel, cancelLabel, onConfirm, onCancel }: ConfirmPanelProps) {
  const questionRef = useRef<HTMLLegendElement>(null);
  useEffect(() => questionRef.current?.focus(), []);
  return (
    <fieldset
      class="confirm"
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <legend id={`${id}-question`} ref={questionRef} tabIndex={-1}>
        {question}
      </legend>
      <div class="actions">
        <button type="button" class="primary" onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button type="button" onClick={onCancel}>
          {cancelLabel}
        </button>
      </div>
    </fieldset>
  );
}
