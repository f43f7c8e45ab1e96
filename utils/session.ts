/** The sitting session: plain data, stored in `local` and owned by the background. */

export type Phase = 'off' | 'sitting' | 'paused' | 'blockDone' | 'onBreak';

/** Why a block is paused: the person asked, or they stepped away. */
export type PauseReason = 'user' | 'away';

export interface Block {
  startedAt: number;
  /** When the block ends if nothing pauses it; moved later by every pause. */
  endsAt: number;
  lengthMinutes: number;
  /** Time spent paused so far, so "minutes sat" excludes it. */
  pausedMs: number;
  /** Posture checks are relative to this: the next one is due at `nextPostureAt`. */
  nextPostureAt: number | null;
}

export interface Pause {
  since: number;
  reason: PauseReason;
  /** A user pause for a fixed time resumes by itself; `null` waits for "Resume". */
  until: number | null;
}

export interface Session {
  phase: Phase;
  block: Block | null;
  pause: Pause | null;
  /** When the block finished (phase `blockDone`) or the break began (phase `onBreak`). */
  since: number | null;
  /** Minutes sat in the block that just finished, for the prompt and the notification. */
  lastBlockMinutes: number;
  /** Index of the next posture cue to show, so cues rotate. */
  cueIndex: number;
  /** A posture notification is on screen and not yet answered. */
  postureOpen: boolean;
}

export const OFF: Session = {
  phase: 'off',
  block: null,
  pause: null,
  since: null,
  lastBlockMinutes: 0,
  cueIndex: 0,
  postureOpen: false,
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

export function isSession(value: unknown): value is Session {
  if (typeof value !== 'object' || value === null) return false;
  const s = value as Record<string, unknown>;
  const phases: Phase[] = ['off', 'sitting', 'paused', 'blockDone', 'onBreak'];
  if (!phases.includes(s.phase as Phase)) return false;
  if (!Number.isFinite(s.cueIndex) || !Number.isFinite(s.lastBlockMinutes)) return false;
  if (typeof s.postureOpen !== 'boolean') return false;
  if (s.since !== null && !Number.isFinite(s.since)) return false;
  const needsBlock = s.phase === 'sitting' || s.phase === 'paused';
  if (needsBlock !== isBlock(s.block)) return false;
  if (s.phase === 'paused' ? !isPause(s.pause) : s.pause !== null) return false;
  return true;
}

function isBlock(value: unknown): value is Block {
  if (typeof value !== 'object' || value === null) return false;
  const b = value as Record<string, unknown>;
  return (
    Number.isFinite(b.startedAt) &&
    Number.isFinite(b.endsAt) &&
    Number.isFinite(b.lengthMinutes) &&
    Number.isFinite(b.pausedMs) &&
    (b.nextPostureAt === null || Number.isFinite(b.nextPostureAt))
  );
}

function isPause(value: unknown): value is Pause {
  if (typeof value !== 'object' || value === null) return false;
  const p = value as Record<string, unknown>;
  return (
    Number.isFinite(p.since) &&
    (p.reason === 'user' || p.reason === 'away') &&
    (p.until === null || Number.isFinite(p.until))
  );
}

/** The session as stored; off ball when there is none or it is unreadable. */
export function sessionFrom(stored: unknown): Session {
  if (stored === undefined || stored === null) return OFF;
  if (isSession(stored)) return stored;
  console.warn('Stored session was unreadable; starting off ball.', stored);
  return OFF;
}
