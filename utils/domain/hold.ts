/**
 * Notices held while the person presents or is on a full-screen call. The worker looks at
 * its windows when it wakes for its own reasons; these rules decide what that means.
 */
import type { Held, Session } from './session';
import type { Settings } from './settings';

/** What the worker saw around it when it woke. */
export interface Surroundings {
  /** Some browser window is full screen: a presentation, a call, a video. */
  fullScreen: boolean;
  /** The computer is idle or locked, so nobody is at the desk. */
  away: boolean;
}

/** Nothing full screen, someone at the desk: what the rules assume unless told otherwise. */
export const CALM: Surroundings = { fullScreen: false, away: false };

/** A posture check that is this late (the laptop slept, a presentation ran on) is skipped, not shown. */
export const STALE_AFTER_MS = 2 * 60_000;

/**
 * Whether what is around can change a step from `session`: a running or paused block, or a
 * held notice. Off ball, on a break or with a block done and nothing held, it cannot.
 */
export function dependsOnSurroundings(session: Session): boolean {
  return session.phase === 'sitting' || session.phase === 'paused' || session.held !== null;
}

export function holdsNotices(settings: Settings, surroundings: Surroundings): boolean {
  return settings.holdInFullScreen && surroundings.fullScreen;
}

/** A held posture check only makes sense for a few minutes; after that it is dropped. */
export function isStale(held: Held, now: number): boolean {
  return held.notice === 'posture' && now - held.at >= STALE_AFTER_MS;
}

/**
 * Whether a held notice may be shown now: only once nothing is full screen, and only while
 * the moment it belongs to lasts (the block that was done is still waiting, the block whose
 * check it was is still running).
 */
export function mayRelease(session: Session, now: number, quiet: boolean): boolean {
  const { held } = session;
  if (!held || quiet || isStale(held, now)) return false;
  return held.notice === 'blockDone' ? session.phase === 'blockDone' : session.phase === 'sitting';
}
