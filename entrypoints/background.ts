import { browser, defineBackground } from '#imports';
import { breakRecorded, checkBreakTab, trackBreak } from '@/utils/break-tracker';
import { dispatch, importHistory, recordBreakResult, refreshGlance } from '@/utils/controller';
import { openHistory } from '@/utils/history-writer';
import type { Event } from '@/utils/machine';
import { type Command, parseCommand, type Reply } from '@/utils/messages';
import { NOTICE_IDS, noticeFromId } from '@/utils/notices';
import { TOGGLE_COMMAND } from '@/utils/shortcut';
import { settingsItem } from '@/utils/storage';

const IDLE_SECONDS = 60;

/** The event each notification button stands for, by notice and button index. */
const BUTTON_EVENTS: Record<string, Event[]> = {
  [NOTICE_IDS.posture]: [{ type: 'postureGood' }, { type: 'postureSnooze' }],
  [NOTICE_IDS.blockDone]: [{ type: 'startBreak' }, { type: 'extend' }],
  [NOTICE_IDS.welcomeBack]: [{ type: 'start' }],
};

function commandEvent(command: Command): Event | null {
  switch (command.type) {
    case 'getState':
      return { type: 'wake' };
    case 'setOnBall':
      return { type: command.on ? 'start' : 'stop' };
    case 'pause':
      return { type: 'pause', minutes: command.minutes };
    case 'resume':
      return { type: 'resume' };
    case 'startBreak':
      return { type: 'startBreak' };
    case 'anotherBlock':
      return { type: 'start' };
    case 'extend':
      return { type: 'extend' };
    case 'doneForNow':
      return { type: 'doneForNow' };
    case 'finishBreak':
    case 'breakProgress':
    case 'importHistory':
      return null;
  }
}

async function handleMessage(message: unknown, tabId: number | undefined): Promise<Reply> {
  const command = parseCommand(message);
  if (typeof command === 'string') return { ok: false, error: command };
  try {
    if (command.type === 'breakProgress' && tabId !== undefined) {
      await trackBreak(command.breakId, tabId, command.result, command.ended);
    }
    if (command.type === 'finishBreak') {
      if (tabId !== undefined) await breakRecorded(tabId);
      await recordBreakResult(command.result);
    }
    if (command.type === 'importHistory') await importHistory(command.history);
    const session = await dispatch(commandEvent(command) ?? { type: 'wake' });
    return { ok: true, session, now: Date.now() };
  } catch (error) {
    console.error('Command failed', command, error);
    return { ok: false, error: String(error) };
  }
}

export default defineBackground(() => {
  openHistory();
  // Listeners are registered synchronously so that the event that woke the worker reaches them.
  browser.runtime.onMessage.addListener((message: unknown, sender) => handleMessage(message, sender.tab?.id));
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
  browser.notifications.onClosed.addListener((id, byUser) => {
    // Dismissing a posture check by hand means it was seen.
    if (byUser && id === NOTICE_IDS.posture) void dispatch({ type: 'postureGood' });
  });
  browser.idle.setDetectionInterval(IDLE_SECONDS);
  browser.idle.onStateChanged.addListener((state) => {
    const now = Date.now();
    if (state === 'active') void dispatch({ type: 'back' });
    else void dispatch({ type: 'away', since: state === 'idle' ? now - IDLE_SECONDS * 1000 : now });
  });
  settingsItem.watch(() => void dispatch({ type: 'wake' }));
  void dispatch({ type: 'wake' });
  void checkBreakTab();
});
