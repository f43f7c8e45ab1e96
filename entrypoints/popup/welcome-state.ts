import { storage } from '#imports';

/** Set once the person has read the popup's welcome and safety note. */
export const welcomeDismissedItem = storage.defineItem<boolean>('local:popupWelcomeDismissed', { fallback: false });
