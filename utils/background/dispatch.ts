/**
 * The background's single writer: every change to the session goes through `dispatch`,
 * one at a time, and ends with the browser made to match the stored state.
 */
import { browser } from '#imports';
import { recordBlockEnds } from '@/utils/background/buildup-recorder';
import { computeGlance } from '@/utils/domain/glance';
import {
  addSat,
  type BreakResult,
  bump,
  type Counter,
  dayKey,
  type History,
  mergeHistory,
  recordBreak,
} from '@/utils/domain/history';
import { type Effect, type SessionEvent, step } from '@/utils/domain/machine';
import { plan } from '@/utils/domain/plan';
import type { PostureOutcome } from '@/utils/domain/posture-rhythm';
import { createQueue } from '@/utils/domain/queue';
import type { RoutineName } from '@/utils/domain/routine';
import type { Session } from '@/utils/domain/session';
import type { Settings } from '@/utils/domain/settings';
import { dayRange } from '@/utils/storage/history-days';
import { glanceItem, sessionItem } from '@/utils/storage/items';
import { loadSession, loadSettings } from '@/utils/storage/read';
import { applyPlan } from './apply-plan';
import { changeDays, loadWholeHistory } from './history-writer';
import { clearNotice, showNotice } from './notices';
import { lookAround } from './surroundings';

/** Runs a task after every earlier one, so two events never read the same stale session. */
export const sessionWrites = createQueue();

const STRETCH_PAGE = '/stretch.html';

const POSTURE_COUNTERS: Record<PostureOutcome, Counter> = {
  good: 'postureAnswered',
  snoozed: 'postureSnoozed',
  missed: 'postureIgnored',
};

/** The stretch page for one routine; the full break needs no parameter, so its address stays the same. */
function stretchPageUrl(routine: RoutineName): string {
  const url = browser.runtime.getURL(STRETCH_PAGE);
  return routine === 'full' ? url : `${url}?routine=${routine}`;
}

function applyToHistory(history: History, effect: Effect): History {
  switch (effect.type) {
    case 'sat': {
      const next = addSat(history, effect.from, effect.to);
      if (effect.ended === null) return next;
      return bump(next, effect.to, effect.ended === 'completed' ? 'blocksCompleted' : 'blocksEndedEarly');
    }
    case 'posture':
      return bump(history, effect.at, POSTURE_COUNTERS[effect.outcome]);
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
    else if (effect.type === 'openBreak') await browser.tabs.create({ url: stretchPageUrl(effect.routine) });
  }
}

/** Applies one event at the current time and returns the stored session. */
export function dispatch(event: SessionEvent, now: () => number = Date.now): Promise<Session> {
  return sessionWrites(async () => {
    const [session, settings] = await Promise.all([loadSession(), loadSettings()]);
    const around = await lookAround(settings);
    const at = now();
    // Catch up first: an event after a sleep must see the block as it is now.
    const caughtUp =
      event.type === 'wake' ? { session, effects: [] } : step(session, { type: 'wake' }, at, settings, around);
    const result = step(caughtUp.session, event, at, settings, around);
    const effects = [...caughtUp.effects, ...result.effects];
    if (result.session !== session) await sessionItem.setValue(result.session);
    await runEffects(effects, settings, at);
    await applyPlan(plan(result.session, settings, at));
    return result.session;
  });
}

/** Records a finished or abandoned stretch break. */
export function recordBreakResult(result: BreakResult, now: () => number = Date.now): Promise<void> {
  return sessionWrites(() => {
    const at = now();
    return changeDays([dayKey(at)], (history) => recordBreak(history, at, result), at);
  });
}

/** Works out the popup's figures from the history, for an install or update that has none yet. */
export function refreshGlance(now: () => number = Date.now): Promise<void> {
  return sessionWrites(async () => {
    await glanceItem.setValue(computeGlance(await loadWholeHistory(), now()));
  });
}

/** Merges imported days into the history; importing the same days again changes nothing. */
export function importHistory(incoming: History): Promise<void> {
  return sessionWrites(() =>
    changeDays(Object.keys(incoming), (history) => mergeHistory(history, incoming), Date.now()),
  );
}
