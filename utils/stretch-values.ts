/**
 * What the stretch page keeps, as stored and checked: shared by its storage items and by the
 * page's first read, which goes through the browser's own API before the storage library loads.
 */
import { checkProgression, type Progression } from './progression';

/** Where each value is kept in `local`. */
export const STRETCH_KEYS = { progression: 'progression', safetyAcknowledged: 'safetyAcknowledged' } as const;

export function progressionFrom(stored: unknown): Progression {
  const { progression, clamped } = checkProgression(stored);
  if (clamped.length > 0) console.warn(`Stored progression was out of range; brought back for: ${clamped.join(', ')}`);
  return progression;
}

/** Whether the stored acknowledgement of the safety notes is one: the time it was given. */
export function isAcknowledgement(stored: unknown): boolean {
  return typeof stored === 'number' && Number.isFinite(stored);
}
