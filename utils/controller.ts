/**
 * The background's single writer: every change to the session goes through `dispatch`,
 * one at a time, and ends with the browser made to match the stored state.
 */
import { browser } from '#imports';
import { applyPlan } from './apply-plan';
import { recordBlockEnds } from './buildup';
import { glanceOf } from './glance';
import { addSat, type BreakResult, bump, dayKey, type History, mergeHistory, recordBreak } from './history';
import { dayRange } from './history-days';
import { changeDays, loadWholeHistory } from './history-writer';
import { type Effect, type Event, step } from './machine';
import { clearNotice, showNotice } from './notices';
import { plan } from './plan';
import { createQueue } from './queue';
import type { Session } from './session';
import type { Settings } from './settings';
import { glanceItem, loadSession, loadSettings, sessionItem } from './storage';

/** Runs a task after every earlier one, so two events never read the same stale session. */
export const serialize = createQueue();

const STRETCH_PAGE = '/stretch.html';

function applyToHistory(history: History, effect: Effect): History {
  switch (effect.type) {
    case 'sat': {
      const next = addSat(history, effect.from, effect.to);
      if (effect.ended === null) return next;
      return bump(next, effect.to, effect.ended === 'completed' ? 'blocksCompleted' : 'blocksEndedEarly');
    }
    case 'posture':
      return bump(history, effect.at, effect.answered ? 'postureAnswered' : 'postureIgnored');
    default:
      return history;
  }
}

/** The days an effect writes to. */
function daysOf(effect: Effect): string[] {
  if (effect.type === 'sat') return dayRange(dayKey(effect.from), dayKey(effect.to));
  return effect.type === 'posture' ? [dayKey(effect.at)] : [];
}

async function runEffects(effects: Effect[], settings: Settings, at: number): Promise<void> {
  const historyEffects = effects.filter((e) => e.type === 'sat' || e.type === 'posture');
  if (historyEffects.length > 0) {
    await changeDays(historyEffects.flatMap(daysOf), (history) => historyEffects.reduce(applyToHistory, history), at);
  }
  await recordBlockEnds(effects, settings.blockMinutes);
  for (const effect of effects) {
    if (effect.type === 'notify') await showNotice(effect.notice, effect, settings);
    else if (effect.type === 'clear') await clearNotice(effect.notice);
    else if (effect.type === 'openBreak') await browser.tabs.create({ url: browser.runtime.getURL(STRETCH_PAGE) });
  }
}

/** Applies one event at the current time and returns the stored session. */
export function dispatch(event: Event, now: () => number = Date.now): Promise<Session> {
  return serialize(async () => {
    const [session, settings] = await Promise.all([loadSession(), loadSettings()]);
    const at = now();
    // Catch up first: an event after a sleep must see the block as it is now.
    const caughtUp = event.type === 'wake' ? { session, effects: [] } : step(session, { type: 'wake' }, at, settings);
    const result = step(caughtUp.session, event, at, settings);
    const effects = [...caughtUp.effects, ...result.effects];
    if (result.session !== session) await sessionItem.setValue(result.session);
    await runEffects(effects, settings, at);
    await applyPlan(plan(result.session, settings, at));
    return result.session;
  });
}

/** Records a finished or abandoned stretch break. */
export function recordBreakResult(result: BreakResult, now: () => number = Date.now): Promise<void> {
  return serialize(() => {
    const at = now();
    return changeDays([dayKey(at)], (history) => recordBreak(history, at, result), at);
  });
}

/** Works out the popup's figures from the history, for an install or update that has none yet. */
export function refreshGlance(now: () => number = Date.now): Promise<void> {
  return serialize(async () => {
    await glanceItem.setValue(glanceOf(await loadWholeHistory(), now()));
  });
}

/** Merges imported days into the history; importing the same days again changes nothing. */
export function importHistory(incoming: History): Promise<void> {
  return serialize(() => changeDays(Object.keys(incoming), (history) => mergeHistory(history, incoming), Date.now()));
}
