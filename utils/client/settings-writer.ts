import { afterFirstFrame } from './after-first-frame';

/**
 * The settings writes, with the storage library under them, loaded after the first frame of a
 * page that reads the settings itself; one instance, so a write made as the page closes starts at once.
 */
export const settingsWriter = afterFirstFrame(() => import('@/utils/storage/update-settings'));
