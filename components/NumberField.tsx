import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { type NumberInputError, readWholeNumber } from '@/utils/settings';
import { describedBy, errorStatus, FieldMessage, IDLE, useFieldStatus } from './FieldMessage';
import './fields.css';
import { formatNumber } from '@/utils/i18n/numbers';
import { useStoredChange } from './useStoredChange';

/** Quiet time after the last keystroke before a valid value is saved, so "120" never stores 1 or 12. */
export const SAVE_DELAY_MS = 600;

interface NumberFieldProps {
  id: string;
  label: string;
  /** The stored value. */
  value: number;
  min: number;
  max: number;
  hint?: ComponentChildren;
  disabled?: boolean;
  /** Stores a checked value; resolves to a reason when it could not. */
  onSave: (value: number) => Promise<string | null>;
}

function errorText(error: NumberInputError, min: number, max: number, typed: string): string {
  const range: [string, string] = [formatNumber(min), formatNumber(max)];
  switch (error) {
    case 'empty':
      return i18n.t('options.number.empty', range);
    case 'notANumber':
      return i18n.t('options.number.notANumber', [...range, typed.trim()]);
    case 'notWholeNumber':
      return i18n.t('options.number.notWholeNumber', range);
    case 'outOfRange':
      return i18n.t('options.number.outOfRange', [...range, typed.trim()]);
  }
}

/**
 * A whole-number field that checks as the person types: a refused value shows why next to
 * the field and is never stored; an accepted one is stored after a short pause, or at once
 * on Enter or on leaving the field. Escape goes back to the stored value.
 */
export function NumberField({ id, label, value, min, max, hint, disabled, onSave }: NumberFieldProps) {
  const [text, setText] = useState(String(value));
  const { status, show, settle } = useFieldStatus();
  const input = useRef<HTMLInputElement>(null);
  const pending = useRef<{ timer: ReturnType<typeof setTimeout>; value: number } | null>(null);
  const save = useRef(onSave);
  save.current = onSave;

  const flush = () => {
    const job = pending.current;
    if (!job) return;
    clearTimeout(job.timer);
    pending.current = null;
    void settle(save.current(job.value));
  };

  // A value stored elsewhere (another browser, a reset) replaces the text unless the person is typing here.
  useStoredChange(value, () => {
    if (document.activeElement === input.current || pending.current) return;
    setText(String(value));
  });

  // Leaving the page must not drop a value that was accepted but not yet stored.
  useEffect(() => flush, []);

  const onInput = (typed: string) => {
    setText(typed);
    if (pending.current) clearTimeout(pending.current.timer);
    pending.current = null;
    const read = readWholeNumber(typed, { min, max });
    if (typeof read === 'string') {
      show(errorStatus(`${errorText(read, min, max, typed)} ${i18n.t('options.number.revertHint')}`));
      return;
    }
    if (read === value) {
      show(IDLE);
      return;
    }
    show(IDLE);
    pending.current = { value: read, timer: setTimeout(flush, SAVE_DELAY_MS) };
  };

  const revert = () => {
    if (pending.current) clearTimeout(pending.current.timer);
    pending.current = null;
    setText(String(value));
    show(IDLE);
  };

  const hintId = hint ? `${id}-hint` : undefined;
  const messageId = `${id}-message`;
  const invalid = status.kind === 'error';
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        ref={input}
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        class="number-input"
        value={text}
        disabled={disabled}
        aria-invalid={invalid ? 'true' : undefined}
        aria-describedby={describedBy(invalid && messageId, hintId)}
        onInput={(event) => onInput(event.currentTarget.value)}
        onBlur={flush}
        onKeyDown={(event) => {
          if (event.key === 'Enter') flush();
          else if (event.key === 'Escape') revert();
        }}
      />
      <FieldMessage id={messageId} status={status} />
      {hint && (
        <div id={hintId} class="field-hint">
          {hint}
        </div>
      )}
    </div>
  );
}
