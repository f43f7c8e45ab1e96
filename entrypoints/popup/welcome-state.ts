import { storage } from '#imports';
import { LOCAL_KEYS } from '@/utils/storage/local-keys';

/** Set once the person has read the popup's welcome and safety note. */
export const welcomeDismissedItem = storage.defineItem<boolean>(`local:${LOCAL_KEYS.welcomeDismissed}`, {
  fallback: false,
});
