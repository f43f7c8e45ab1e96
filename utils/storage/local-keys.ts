/**
 * Keys in `storage.local` that are also read without the storage library: the popup's early
 * script reads them before the rest of the popup has loaded.
 */
export const LOCAL_KEYS = {
  session: 'session',
  glance: 'glance',
  welcomeDismissed: 'popupWelcomeDismissed',
} as const;

/** Keys the stretch page reads without the storage library, for its first frame or while a break runs. */
export const STRETCH_KEYS = {
  progression: 'progression',
  safetyAcknowledged: 'safetyAcknowledged',
  trackedBreak: 'trackedBreak',
} as const;

/** Where the settings are kept in `sync`; the stretch page's first frame reads them the same way. */
export const SETTINGS_KEY = 'settings';
