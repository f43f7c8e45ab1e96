import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { type NumberInputError, readWholeNumber } from '@/utils/domain/settings';
import { describedBy, errorStatus, FieldMessage, IDLE } from './FieldMessage';
import { useFieldStatus } from './hooks/useFieldStatus';
import './fields.css';
import { useStoredChange } from './hooks/useStoredChange';

/** Quiet time after the last keystroke before a valid value is saved, so "120" never stores 1 or 12. */
export const SAVE_DELAY_MS = 600;

/** The words a number field shows, supplied by the page that uses it. */
export interface NumberFieldWords {
  saved: string;
  /** Why the typed text was refused, and how to get the stored value back. */
  refused: (error: NumberInputError, min: number, max: number, typed: string) => string;
}

interface NumberFieldProps {
  id: string;
  label: string;
  /** The stored value. */
  value: number;
  min: number;
  max: number;
  hint?: ComponentChildren;
  disabled?: boolean;
  /**
   * Stores a checked value; resolves to a reason when it could not. `leaving` asks for a write
   * that starts before the call returns, as the page is hidden or closed.
   */
  onSave: (value: number, leaving: boolean) => Promise<string | null>;
  words: NumberFieldWords;
}

/**
 * A whole-number field that checks as the person types: a refused value shows why next to
 * the field and is never stored; an accepted one is stored after a short pause, or at once
 * on Enter or on leaving the field. Escape goes back to the stored value.
 */
export function NumberField({ id, label, value, min, max, hint, disabled, onSave, words }: NumberFieldProps) {
  const [text, setText] = useState(String(value));
  const { status, show, settle } = useFieldStatus();
  const input = useRef<HTMLInputElement>(null);
  const pending = useRef<{ timer: ReturnType<typeof setTimeout>; value: number } | null>(null);
  const save = useRef(onSave);
  save.current = onSave;

  const flush = (leaving = false) => {
    const job = pending.current;
    if (!job) return;
    clearTimeout(job.timer);
    pending.current = null;
    void settle(save.current(job.value, leaving));
  };

  // A value stored elsewhere (another browser, a reset) replaces the text unless the person is typing here.
  useStoredChange(value, () => {
    if (document.activeElement === input.current || pending.current) return;
    setText(String(value));
  });

  // Hiding the page (switching away, or closing it: the last event a closing page is sure to
  // get) must not drop a value that was accepted but not yet stored; a closing tab runs no timers.
  useEffect(() => {
    const leave = () => document.visibilityState === 'hidden' && flush(true);
    document.addEventListener('visibilitychange', leave);
    return () => {
      document.removeEventListener('visibilitychange', leave);
      flush(true);
    };
  }, []);

  const onInput = (typed: string) => {
    setText(typed);
    if (pending.current) clearTimeout(pending.current.timer);
    pending.current = null;
    const read = readWholeNumber(typed, { min, max });
    if (typeof read === 'string') {
      show(errorStatus(words.refused(read, min, max, typed)));
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
        onBlur={() => flush()}
        onKeyDown={(event) => {
          if (event.key === 'Enter') flush();
          else if (event.key === 'Escape') revert();
        }}
      />
      <FieldMessage id={messageId} status={status} savedText={words.saved} />
      {hint && (
        <div id={hintId} class="field-hint">
          {hint}
        </div>
      )}
    </div>
  );
}
