/**
 * Posture checks "as tolerated": answered "Looks good" several times in a row, they come a
 * step less often, up to a cap; snoozed or left unanswered several times in a row, the person
 * is offered, once, to space them out. The interval the person chose is always the floor.
 */
import type { Rhythm } from './session';
import type { Settings } from './settings';

/** "Looks good" answers in a row that grow the interval by one step. */
export const GOOD_TO_GROW = 3;
/** Snoozed or missed checks in a row after which spacing them out is offered. */
export const UNKEPT_TO_OFFER = 3;
/** The longest interval checks may grow to, whatever the floor. */
const LONGEST_MINUTES = 120;

export type PostureOutcome = 'good' | 'snoozed' | 'missed';

/** How much one step adds: half the person's interval, at least a minute. */
export function growStep(floor: number): number {
  return Math.max(1, Math.ceil(floor / 2));
}

/** Checks never grow past three times the person's interval (nor past two hours). */
export function intervalCap(floor: number): number {
  return Math.max(floor, Math.min(LONGEST_MINUTES, floor * 3));
}

/** Minutes until the next check: the grown interval kept between the floor and the cap, or the floor when adaptation is off. */
export function postureInterval(rhythm: Rhythm, settings: Settings): number {
  const floor = settings.postureMinutes;
  if (!settings.adaptPosture) return floor;
  return Math.min(intervalCap(floor), Math.max(floor, rhythm.everyMinutes));
}

function grown(rhythm: Rhythm, settings: Settings): number {
  const floor = settings.postureMinutes;
  return Math.min(intervalCap(floor), postureInterval(rhythm, settings) + growStep(floor));
}

/** The rhythm after one check was answered, snoozed or missed. */
export function afterCheck(rhythm: Rhythm, outcome: PostureOutcome, settings: Settings): Rhythm {
  if (outcome === 'good') {
    const goodInRow = rhythm.goodInRow + 1;
    if (!settings.adaptPosture || goodInRow < GOOD_TO_GROW) return { ...rhythm, goodInRow, unkeptInRow: 0 };
    return { ...rhythm, everyMinutes: grown(rhythm, settings), goodInRow: 0, unkeptInRow: 0 };
  }
  const unkeptInRow = rhythm.unkeptInRow + 1;
  const canGrow = postureInterval(rhythm, settings) < intervalCap(settings.postureMinutes);
  const offer =
    rhythm.offer === 'none' && settings.adaptPosture && canGrow && unkeptInRow >= UNKEPT_TO_OFFER
      ? 'open'
      : rhythm.offer;
  return { ...rhythm, goodInRow: 0, unkeptInRow, offer };
}

/** The person's answer to the offer: spacing out grows the interval a step; either way it is not offered again. */
export function answerOffer(rhythm: Rhythm, spaceOut: boolean, settings: Settings): Rhythm {
  if (rhythm.offer !== 'open') return rhythm;
  const everyMinutes = spaceOut ? grown(rhythm, settings) : rhythm.everyMinutes;
  return { ...rhythm, everyMinutes, unkeptInRow: 0, offer: 'made' };
}
