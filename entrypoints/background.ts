import { browser } from '@wxt-dev/browser';
import { defineBackground } from '#imports';
import { checkBreakTab } from '@/utils/background/break-tracker';
import { dispatch, refreshGlance } from '@/utils/background/dispatch';
import { handleMessage } from '@/utils/background/handlers';
import { openHistory } from '@/utils/background/history-writer';
import { settleImports } from '@/utils/background/import-backup';
import { NOTICE_IDS, noticeFromId } from '@/utils/background/notices';
import type { SessionEvent } from '@/utils/domain/machine';
import { IDLE_SECONDS } from '@/utils/domain/settings';
import { TOGGLE_COMMAND } from '@/utils/domain/shortcut';
import { settingsItem } from '@/utils/storage/items';

/** The event each notification button stands for, by notice and button index. */
const BUTTON_EVENTS: Record<string, SessionEvent[]> = {
  [NOTICE_IDS.posture]: [{ type: 'postureGood' }, { type: 'postureSnooze' }],
  [NOTICE_IDS.blockDone]: [{ type: 'startBreak' }, { type: 'extend' }],
  [NOTICE_IDS.welcomeBack]: [{ type: 'start' }],
};

export default defineBackground(() => {
  openHistory();
  // Listeners are registered synchronously so that the event that woke the worker reaches them.
  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
    // Answered through `sendResponse`, kept open by returning true: Chrome before 148 ignores a
    // returned promise.
    void handleMessage(message, sender.tab?.id).then(sendResponse);
    return true;
  });
  browser.alarms.onAlarm.addListener(() => void dispatch({ type: 'wake' }));
  browser.runtime.onStartup.addListener(() => void dispatch({ type: 'wake' }));
  browser.runtime.onInstalled.addListener(() => {
    void refreshGlance();
    void dispatch({ type: 'wake' });
  });
  browser.commands.onCommand.addListener((name) => {
    if (name === TOGGLE_COMMAND) void dispatch({ type: 'toggle' });
  });
  browser.notifications.onButtonClicked?.addListener((id, index) => {
    const event = BUTTON_EVENTS[id]?.[index];
    if (event) void dispatch(event);
  });
  browser.notifications.onClicked.addListener((id) => {
    const event = noticeFromId(id) ? BUTTON_EVENTS[id]?.[0] : undefined;
    if (event) void dispatch(event);
  });
  // No onClosed listener: Firefox reports its own timeout as closed by the user, so only a
  // button or a click counts a posture check as answered.
  browser.idle.setDetectionInterval(IDLE_SECONDS);
  browser.idle.onStateChanged.addListener((state) => {
    const now = Date.now();
    if (state === 'active') void dispatch({ type: 'back' });
    else void dispatch({ type: 'away', since: state === 'idle' ? now - IDLE_SECONDS * 1000 : now });
  });
  settingsItem.watch(() => void dispatch({ type: 'wake' }));
  void settleImports();
  void dispatch({ type: 'wake' });
  void checkBreakTab();
});
