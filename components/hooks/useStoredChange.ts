import { useRef } from 'preact/hooks';

/**
 * Runs `apply` during the render in which a stored value differs from the one last seen
 * (another browser synced, the settings were reset). Doing it in the render rather than in
 * an effect means a late effect can never put back an older value over a newer edit.
 */
export function useStoredChange(value: string | number | boolean, apply: () => void): void {
  const seen = useRef(value);
  if (seen.current === value) return;
  seen.current = value;
  apply();
}
