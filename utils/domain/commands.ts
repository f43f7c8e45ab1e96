/** The typed messages pages send to the background, and their validation. */
import { isExerciseId } from './exercise-ids';
import { type BreakResult, checkHistory, type History } from './history';
import { isRecord } from './is-record';
import type { Session } from './session';

export type Command =
  | { type: 'getState' }
  | { type: 'setOnBall'; on: boolean }
  | { type: 'pause'; minutes: number | null }
  | { type: 'resume' }
  | { type: 'startBreak' }
  | { type: 'finishBreak'; result: BreakResult }
  /** The stretch page's progress so far, so a closed tab still records what was done. */
  | { type: 'breakProgress'; breakId: string; result: BreakResult; ended: boolean }
  | { type: 'anotherBlock' }
  | { type: 'extend' }
  | { type: 'doneForNow' }
  | { type: 'importHistory'; history: History };

export type Reply = { ok: true; session: Session; now: number } | { ok: false; error: string };

const PAUSE_CHOICES = [15, 30, 60];
const BREAK_ID = /^[\w-]{1,64}$/;

export function isBreakResult(value: unknown): value is BreakResult {
  if (!isRecord(value) || typeof value.completed !== 'boolean' || !Array.isArray(value.exercises)) return false;
  return value.exercises.every(
    (e) =>
      isRecord(e) &&
      isExerciseId(e.id) &&
      Number.isInteger(e.sets) &&
      (e.sets as number) >= 0 &&
      (e.sets as number) <= 20 &&
      Number.isFinite(e.holdSeconds) &&
      (e.holdSeconds as number) >= 0 &&
      (e.holdSeconds as number) <= 600,
  );
}

/** Returns the command, or a sentence saying what is wrong with the message. */
export function parseCommand(message: unknown): Command | string {
  if (!isRecord(message) || typeof message.type !== 'string') return 'Message must be an object with a "type".';
  switch (message.type) {
    case 'getState':
    case 'resume':
    case 'startBreak':
    case 'anotherBlock':
    case 'extend':
    case 'doneForNow':
      return { type: message.type };
    case 'setOnBall':
      return typeof message.on === 'boolean' ? { type: 'setOnBall', on: message.on } : '"on" must be true or false.';
    case 'pause':
      if (message.minutes === null || PAUSE_CHOICES.includes(message.minutes as number)) {
        return { type: 'pause', minutes: message.minutes as number | null };
      }
      return `"minutes" must be one of ${PAUSE_CHOICES.join(', ')} or null.`;
    case 'finishBreak':
      return isBreakResult(message.result)
        ? { type: 'finishBreak', result: message.result }
        : '"result" is not a valid break result.';
    case 'breakProgress':
      if (typeof message.breakId !== 'string' || !BREAK_ID.test(message.breakId)) {
        return '"breakId" must be 1 to 64 letters, digits, "_" or "-".';
      }
      if (message.ended !== undefined && typeof message.ended !== 'boolean') return '"ended" must be true or false.';
      return isBreakResult(message.result)
        ? { type: 'breakProgress', breakId: message.breakId, result: message.result, ended: message.ended === true }
        : '"result" is not a valid break result.';
    case 'importHistory': {
      const { history, skipped } = checkHistory(message.history);
      return skipped.length === 0
        ? { type: 'importHistory', history }
        : `History has unreadable days: ${skipped.join(', ')}.`;
    }
    default:
      return `Unknown message type "${message.type}".`;
  }
}
