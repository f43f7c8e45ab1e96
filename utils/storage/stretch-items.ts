/** What the stretch page keeps for itself: the progression and the safety acknowledgement. */
import { storage } from '#imports';
import { checkProgression, type Progression } from '@/utils/domain/progression';

export const progressionItem = storage.defineItem<Progression>('local:progression', { fallback: {} });

/** When the person acknowledged the safety notes; `null` until they have. */
export const safetyAcknowledgedItem = storage.defineItem<number | null>('local:safetyAcknowledged', {
  fallback: null,
});

export async function loadProgression(): Promise<Progression> {
  const { progression, clamped } = checkProgression(await progressionItem.getValue());
  if (clamped.length > 0) console.warn(`Stored progression was out of range; brought back for: ${clamped.join(', ')}`);
  return progression;
}

export async function isSafetyAcknowledged(): Promise<boolean> {
  const value: unknown = await safetyAcknowledgedItem.getValue();
  return typeof value === 'number' && Number.isFinite(value);
}
