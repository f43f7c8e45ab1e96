/**
 * The background's single writer: every change to the session goes through `dispatch`,
 * one at a time, and ends with the browser made to match the stored state.
 */
import { browser } from '@wxt-dev/browser';
import { recordBlockEnds } from '@/utils/background/buildup-recorder';
import { computeGlance } from '@/utils/domain/glance';
import {
  addSat,
  type BreakResult,
  bump,
  type Counter,
  dayKey,
  type History,
  recordBreak,
} from '@/utils/domain/history';
import { CALM, dependsOnSurroundings } from '@/utils/domain/hold';
import { type Effect, type SessionEvent, step } from '@/utils/domain/machine';
import { plan } from '@/utils/domain/plan';
import type { PostureOutcome } from '@/utils/domain/posture-rhythm';
import { createQueue } from '@/utils/domain/queue';
import type { RoutineName } from '@/utils/domain/routine';
import { PHASES, type Phase, type Session } from '@/utils/domain/session';
import type { Settings } from '@/utils/domain/settings';
import { dayRange } from '@/utils/storage/history-days';
import { breakTabItem, glanceItem, sessionItem } from '@/utils/storage/items';
import { loadSettings } from '@/utils/storage/read';
import { sessionFrom } from '@/utils/storage/stored-values';
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

/**
 * Shows the break's tab if the worker already opened one for this break, so a break never has
 * two; a break started from its own page (`tabId`) keeps that tab.
 */
async function openBreakTab(since: number | null, routine: RoutineName, tabId?: number): Promise<void> {
  if (tabId === undefined) {
    const shown = await breakTabItem.getValue();
    if (shown !== null && shown.since === since) {
      const found = await browser.tabs.update(shown.tabId, { active: true }).then(
        (tab) => tab !== undefined,
        () => false,
      );
      if (found) return;
    }
    tabId = (await browser.tabs.create({ url: stretchPageUrl(routine) })).id;
  }
  if (since !== null && tabId !== undefined) await breakTabItem.setValue({ since, tabId });
}

/** The days an effect writes to. */
function daysOf(effect: Effect): string[] {
  if (effect.type === 'sat') return dayRange(dayKey(effect.from), dayKey(effect.to));
  return effect.type === 'posture' ? [dayKey(effect.at)] : [];
}

async function runEffects(effects: Effect[], settings: Settings, at: number, session: Session): Promise<void> {
  const historyEffects = effects.filter((e) => e.type === 'sat' || e.type === 'posture');
  if (historyEffects.length > 0) {
    await changeDays(historyEffects.flatMap(daysOf), (history) => historyEffects.reduce(applyToHistory, history), at);
  }
  await recordBlockEnds(effects, settings.blockMinutes);
  for (const effect of effects) {
    if (effect.type === 'notify') await showNotice(effect.notice, effect, settings);
    else if (effect.type === 'clear') await clearNotice(effect.notice);
    else if (effect.type === 'openBreak') await openBreakTab(session.since, effect.routine, effect.tabId);
  }
}

/** A command asked for in a phase where it makes no sense; nothing beyond catching up was done. */
export class Refused extends Error {
  constructor(
    message: string,
    readonly phase: Phase,
  ) {
    super(message);
  }
}

const IN_PHASE: Record<Phase, string> = {
  off: 'while off the ball',
  sitting: 'while sitting',
  paused: 'while paused',
  blockDone: 'once the block is done',
  onBreak: 'during a break',
};

/**
 * Applies one event at the current time and returns the stored session. With `phases`, the
 * event is applied only if the session (caught up to now) is in one of them; otherwise it is
 * refused with a `Refused` error that names the `command`.
 */
export function dispatch(
  event: SessionEvent,
  now: () => number = Date.now,
  phases: readonly Phase[] = PHASES,
  command: string = event.type,
): Promise<Session> {
  return sessionWrites(async () => {
    const at = now();
    const [stored, settings] = await Promise.all([sessionItem.getValue(), loadSettings()]);
    const session = sessionFrom(stored, at);
    // Only looked up when it can matter: off ball, a command asks the browser nothing more.
    const around = dependsOnSurroundings(session) ? await lookAround(settings) : CALM;
    // Catch up first: an event after a sleep must see the block as it is now.
    const caughtUp =
      event.type === 'wake' ? { session, effects: [] } : step(session, { type: 'wake' }, at, settings, around);
    const allowed = phases.includes(caughtUp.session.phase);
    const result = allowed
      ? step(caughtUp.session, event, at, settings, around)
      : { session: caughtUp.session, effects: [] };
    const effects = [...caughtUp.effects, ...result.effects];
    if (result.session !== stored) await sessionItem.setValue(result.session);
    await runEffects(effects, settings, at, result.session);
    await applyPlan(plan(result.session, settings, at));
    const { phase } = caughtUp.session;
    if (!allowed) throw new Refused(`"${command}" cannot be done ${IN_PHASE[phase]}.`, phase);
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
