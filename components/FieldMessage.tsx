import { useRef, useState } from 'preact/hooks';

/** What a field last did: nothing yet, saved its value, or refused it with a reason. */
export type FieldStatus = { kind: 'idle' } | { kind: 'saved' } | { kind: 'error'; text: string };

export const IDLE: FieldStatus = { kind: 'idle' };
export const SAVED: FieldStatus = { kind: 'saved' };

export function errorStatus(text: string): FieldStatus {
  return { kind: 'error', text };
}

export interface FieldStatusControl {
  status: FieldStatus;
  /** Shows a status at once, and makes any save still under way too old to be shown. */
  show: (status: FieldStatus) => void;
  /**
   * Waits for a save and shows its outcome, unless something newer was shown meanwhile:
   * an earlier save that answers late must not cover a later result. Resolves to the
   * reason the save failed, `null` when it worked, or `'superseded'`.
   */
  settle: (save: Promise<string | null>) => Promise<string | null | 'superseded'>;
}

export function useFieldStatus(): FieldStatusControl {
  const [status, setStatus] = useState<FieldStatus>(IDLE);
  const latest = useRef(0);
  const show = (next: FieldStatus) => {
    latest.current += 1;
    setStatus(next);
  };
  const settle = async (save: Promise<string | null>) => {
    latest.current += 1;
    const mine = latest.current;
    const problem = await save;
    if (mine !== latest.current) return 'superseded';
    setStatus(problem === null ? SAVED : errorStatus(problem));
    return problem;
  };
  return { status, show, settle };
}

/** Joins the ids of whatever describes a control, leaving out the ones not shown. */
export function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const present = ids.filter((id): id is string => typeof id === 'string' && id !== '');
  return present.length > 0 ? present.join(' ') : undefined;
}

/**
 * The line beside a field that says "Saved" or why a value was refused. It is a live region,
 * so the outcome of each change is announced where the person is working.
 */
export function FieldMessage({ id, status, savedText }: { id: string; status: FieldStatus; savedText: string }) {
  return (
    <p id={id} class={`field-message ${status.kind}`} aria-live="polite">
      {status.kind === 'error' ? status.text : status.kind === 'saved' ? savedText : ''}
    </p>
  );
}
