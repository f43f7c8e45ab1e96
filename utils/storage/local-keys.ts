/**
 * Keys in `storage.local` that are also read without the storage library: the popup's early
 * script reads them before the rest of the popup has loaded.
 */
export const LOCAL_KEYS = {
  session: 'session',
  glance: 'glance',
  welcomeDismissed: 'popupWelcomeDismissed',
} as const;
