/** What the stretch page keeps for itself: the progression and the safety acknowledgement. */
import { storage } from '#imports';
import type { Progression } from './progression';
import { isAcknowledgement, progressionFrom, STRETCH_KEYS } from './stretch-values';

export const progressionItem = storage.defineItem<Progression>(`local:${STRETCH_KEYS.progression}`, { fallback: {} });

/** When the person acknowledged the safety notes; `null` until they have. */
export const safetyAcknowledgedItem = storage.defineItem<number | null>(`local:${STRETCH_KEYS.safetyAcknowledged}`, {
  fallback: null,
});

export async function loadProgression(): Promise<Progression> {
  return progressionFrom(await progressionItem.getValue());
}

export async function isSafetyAcknowledged(): Promise<boolean> {
  return isAcknowledgement(await safetyAcknowledgedItem.getValue());
}
