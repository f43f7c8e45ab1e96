/** The sitting session: plain data, stored in `local` and owned by the background. */
import { type Checked, inRange, isBoolean, isCount, isFiniteNumber, nullable, oneOf, record } from './checks';
import { LIMITS } from './settings';

export const PHASES = ['off', 'sitting', 'paused', 'blockDone', 'onBreak'] as const;
export type Phase = (typeof PHASES)[number];

const isTimestamp = isFiniteNumber;

const isBlock = /* @__PURE__ */ record({
  startedAt: isTimestamp,
  /** When the block ends if nothing pauses it; moved later by every pause. */
  endsAt: isTimestamp,
  lengthMinutes: isFiniteNumber,
  /** Time spent paused so far, so "minutes sat" excludes it. */
  pausedMs: isFiniteNumber,
  /** Posture checks are relative to this: the next one is due at `nextPostureAt`. */
  nextPostureAt: nullable(isTimestamp),
});
export type Block = Checked<typeof isBlock>;

/** Why a block is paused: the person asked, or they stepped away. */
const isPauseReason = /* @__PURE__ */ oneOf(['user', 'away'] as const);
export type PauseReason = Checked<typeof isPauseReason>;

const isPause = /* @__PURE__ */ record({
  since: isTimestamp,
  reason: isPauseReason,
  /** A user pause for a fixed time resumes by itself; `null` waits for "Resume". */
  until: nullable(isTimestamp),
});
export type Pause = Checked<typeof isPause>;

/** A notification kept back while a window was full screen, and when it fell due. */
const isHeld = /* @__PURE__ */ record({
  notice: oneOf(['posture', 'blockDone'] as const),
  at: isTimestamp,
});
export type Held = Checked<typeof isHeld>;

/** How posture checks have been answered lately, and the interval that earned. */
const isRhythm = /* @__PURE__ */ record({
  /** The interval checks have grown to; read through `postureInterval`, which keeps it between floor and cap. */
  everyMinutes: isFiniteNumber,
  goodInRow: isCount,
  /** Checks snoozed or left unanswered in a row. */
  unkeptInRow: isCount,
  /** The offer to space checks out: not yet due, shown, or answered (it is made once). */
  offer: oneOf(['none', 'open', 'made'] as const),
});
export type Rhythm = Checked<typeof isRhythm>;

const isSessionFields = /* @__PURE__ */ record({
  phase: oneOf(PHASES),
  block: nullable(isBlock),
  pause: nullable(isPause),
  /** When the block finished (phase `blockDone`) or the break began (phase `onBreak`). */
  since: nullable(isTimestamp),
  /** Minutes sat in the block that just finished, for the prompt and the notification. */
  lastBlockMinutes: isFiniteNumber,
  /** Index of the next posture cue to show, so cues rotate. */
  cueIndex: isFiniteNumber,
  /** A posture notification is on screen and not yet answered. */
  postureOpen: isBoolean,
  held: nullable(isHeld),
  /** The heads-up before the end was given (or its moment passed) in this block. */
  headsUpGiven: isBoolean,
  rhythm: isRhythm,
});
export type Session = Checked<typeof isSessionFields>;

/** A session whose fields agree with its phase: a block exactly while on the ball, a pause exactly while paused. */
export function isSession(value: unknown): value is Session {
  if (!isSessionFields(value)) return false;
  const onBall = value.phase === 'sitting' || value.phase === 'paused';
  return onBall === (value.block !== null) && (value.phase === 'paused') === (value.pause !== null);
}

export const STEADY_RHYTHM: Rhythm = { everyMinutes: 0, goodInRow: 0, unkeptInRow: 0, offer: 'none' };

/** Fields added after the first release, so a session stored by an older version still reads. */
export const LATER_FIELDS = { held: null, headsUpGiven: false, rhythm: STEADY_RHYTHM } as const;

export const OFF: Session = {
  phase: 'off',
  block: null,
  pause: null,
  since: null,
  lastBlockMinutes: 0,
  cueIndex: 0,
  postureOpen: false,
  ...LATER_FIELDS,
};

export const MINUTE = 60_000;

/** Milliseconds left in the block at `now`; frozen while paused, never negative. */
export function msLeft(session: Session, now: number): number {
  const { block, pause } = session;
  if (!block) return 0;
  const at = pause ? Math.min(pause.since, now) : now;
  return Math.max(0, block.endsAt - at);
}

/** Whole minutes left, rounded up so the badge reads 1 until the very end. */
export function minutesLeft(session: Session, now: number): number {
  return Math.ceil(msLeft(session, now) / MINUTE);
}

/** Minutes actually sat in the block up to `now` (pauses excluded). */
export function msSat(block: Block, pause: Pause | null, now: number): number {
  const end = Math.min(pause ? pause.since : now, block.endsAt);
  return Math.max(0, end - block.startedAt - block.pausedMs);
}

/** The pause lengths offered, in minutes; `null` pauses until "Resume". */
export const PAUSE_CHOICES = [15, 30, 60, null] as const;
/** Pauses that last until a moment rather than for a number of minutes. */
export const PAUSE_UNTIL = ['tomorrow', 'workday'] as const;
export type PauseUntil = (typeof PAUSE_UNTIL)[number];
/** A pause until the working day starts ends at most a week and a day after it was chosen. */
const LONGEST_PAUSE_MS = 8 * 24 * 60 * MINUTE;
/** Room for a clock set a little back after the block began. */
const CLOCK_SLACK_MS = MINUTE;

/**
 * Whether a well-formed session could have come about by `now`: a block no longer than the
 * longest allowed, started before now, paused no longer than it has existed, ending exactly
 * its length plus its pauses after it began, a timed pause ending no later than the latest
 * moment a pause can be chosen to last until.
 */
export function isPossibleSession(session: Session, now: number): boolean {
  const latest = now + CLOCK_SLACK_MS;
  const { block, pause, since } = session;
  if (!isCount(session.cueIndex) || !inRange(0, LIMITS.blockMinutes.max)(session.lastBlockMinutes)) return false;
  if ((session.phase === 'blockDone' || session.phase === 'onBreak') && (since === null || since > latest))
    return false;
  if ((session.held && session.held.at > latest) || !inRange(0, LIMITS.postureMinutes.max)(session.rhythm.everyMinutes))
    return false;
  // A timed pause ends at most the latest moment a pause can last until, chosen before now.
  if (
    pause &&
    (pause.since > latest ||
      (pause.until !== null && (pause.until <= pause.since || pause.until > latest + LONGEST_PAUSE_MS)))
  )
    return false;
  if (!block) return true;
  const { min, max } = LIMITS.blockMinutes;
  if (block.lengthMinutes < min || block.lengthMinutes > max || block.startedAt > latest) return false;
  const pausedUntil = pause ? pause.since : now;
  if (pause && pause.since < block.startedAt) return false;
  if (block.pausedMs < 0 || block.pausedMs > pausedUntil - block.startedAt + CLOCK_SLACK_MS) return false;
  if (Math.abs(block.endsAt - (block.startedAt + block.lengthMinutes * MINUTE + block.pausedMs)) > 1000) return false;
  return (
    block.nextPostureAt === null ||
    block.nextPostureAt - pausedUntil <= LIMITS.postureMinutes.max * MINUTE + CLOCK_SLACK_MS
  );
}
