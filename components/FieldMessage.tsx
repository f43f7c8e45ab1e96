/** What a field last did: nothing yet, saved its value, or refused it with a reason. */
export type FieldStatus = { kind: 'idle' } | { kind: 'saved' } | { kind: 'error'; text: string };

export const IDLE: FieldStatus = { kind: 'idle' };
export const SAVED: FieldStatus = { kind: 'saved' };

export function errorStatus(text: string): FieldStatus {
  return { kind: 'error', text };
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
