/**
 * Tells the stretch page when its break is ended elsewhere: the popup ended it, or a block began.
 * A page going away (a reload) ends its break too, but the worker's tracker lets go of that break
 * first, so the page loaded in its place does not take that end for its own.
 */
import { nativeApi } from '@/utils/client/native-api';
import { isRecord } from '@/utils/domain/checks';
import { LOCAL_KEYS, STRETCH_KEYS } from '@/utils/storage/local-keys';

/**
 * Whether a change to the stored session took it out of a break. Read as stored, without the
 * checks the worker makes, which would double what the page loads: a damaged value is no break.
 */
export function leftBreak(before: unknown, after: unknown): boolean {
  const onBreak = (session: unknown) => isRecord(session) && session.phase === 'onBreak';
  return onBreak(before) && !onBreak(after);
}

export function watchBreakEnd(breakId: string, ended: () => void): () => void {
  const { storage } = nativeApi();
  /** The break the tracker follows, as last seen. */
  let tracked: unknown;
  let changedSinceRead = false;
  void storage.local.get(STRETCH_KEYS.trackedBreak).then((stored) => {
    if (!changedSinceRead) tracked = stored[STRETCH_KEYS.trackedBreak];
  });
  const changed = (changes: Record<string, chrome.storage.StorageChange>, area: string) => {
    if (area !== 'local') return;
    const trackedChange = changes[STRETCH_KEYS.trackedBreak];
    if (trackedChange) {
      tracked = trackedChange.newValue;
      changedSinceRead = true;
    }
    const session = changes[LOCAL_KEYS.session];
    const ours = isRecord(tracked) && tracked.breakId === breakId;
    if (session && ours && leftBreak(session.oldValue, session.newValue)) ended();
  };
  storage.onChanged.addListener(changed);
  return () => storage.onChanged.removeListener(changed);
}
