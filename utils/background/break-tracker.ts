/**
 * Makes sure a stretch break ends cleanly however its tab goes away. The page reports its
 * progress as sets get done, and a last time as it closes; should that last report be lost,
 * the worker finds the tab gone the next time it wakes. Either way the last report is recorded
 * in the history and the break ends. Each break is recorded once: by the page when it
 * finishes, or here when it does not.
 */
import { browser } from '@wxt-dev/browser';
import type { BreakResult } from '@/utils/domain/history';
import { createQueue } from '@/utils/domain/queue';
import { breakTabItem, type TrackedBreak, trackedBreakItem } from '@/utils/storage/items';
import { loadSession, loadTrackedBreak } from '@/utils/storage/read';
import { dispatch, recordBreakResult } from './dispatch';

/**
 * One change at a time, so a closing tab and its last report never both record the break.
 * Its own queue, not the session's: closing a break dispatches to the session.
 */
const serial = createQueue();

/** Resolves once every change queued so far is done. */
export function trackerIdle(): Promise<void> {
  return serial(async () => undefined);
}

async function recordUnfinished(tracked: TrackedBreak): Promise<void> {
  if (tracked.recorded || !tracked.result.exercises.some((e) => e.sets > 0)) return;
  await recordBreakResult({ ...tracked.result, completed: false });
}

/** Records what the break did and, if it is still the current break, ends it. */
async function close(tracked: TrackedBreak): Promise<void> {
  await trackedBreakItem.setValue(null);
  await recordUnfinished(tracked);
  if ((await loadSession()).phase === 'onBreak') await dispatch({ type: 'doneForNow' });
}

/**
 * A report from the break's page: which break, in which tab, what is done so far, and whether
 * the page is going away (closed, reloaded or navigated elsewhere).
 */
export function trackBreak(breakId: string, tabId: number, result: BreakResult, ended: boolean): Promise<void> {
  return serial(async () => {
    const tracked = await loadTrackedBreak();
    if (ended) {
      // Nothing tracked means the break was already closed from its last report.
      if (tracked?.breakId === breakId) await close({ ...tracked, result });
      return;
    }
    if (tracked?.breakId === breakId && tracked.recorded) return;
    // Moved to another tab ("Continue here"): the popup's "Show the break" shows that tab now.
    if (tracked?.breakId === breakId && tracked.tabId !== tabId) {
      const shown = await breakTabItem.getValue();
      if (shown) await breakTabItem.setValue({ ...shown, tabId });
    }
    // A new break replaces one whose tab went quiet without finishing: keep what that one did.
    if (tracked && tracked.breakId !== breakId) await recordUnfinished(tracked);
    await trackedBreakItem.setValue({ breakId, tabId, result, recorded: false });
  });
}

/** The page in `tabId` recorded its break itself: closing the tab later only ends the break. */
export function breakRecorded(tabId: number): Promise<void> {
  return serial(async () => {
    const tracked = await loadTrackedBreak();
    if (tracked?.tabId === tabId) await trackedBreakItem.setValue({ ...tracked, recorded: true });
  });
}

/**
 * On every wake: a break tab that closed without its last report getting through (or as the
 * browser quit) still ends its break. Listening to every tab that closes would wake the
 * worker each time, so the check waits for the next wake instead.
 */
export function checkBreakTab(): Promise<void> {
  return serial(async () => {
    const tracked = await loadTrackedBreak();
    if (!tracked) return;
    const open = await browser.tabs.get(tracked.tabId).then(
      (tab) => tab !== undefined,
      () => false,
    );
    if (!open) await close(tracked);
  });
}
