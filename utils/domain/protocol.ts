/** The commands pages send to the background, each declared once: its check, its type, its session event. */
import { isBoolean, isRecord, isString, oneOf } from './checks';
import { checkHistory, isBreakResult } from './history';
import type { SessionEvent } from './machine';
import { ROUTINE_NAMES } from './routine';
import type { Session } from './session';

interface CommandRule<F extends object> {
  /** Turns a received message into the command's fields, or a sentence saying what is wrong. */
  check: (message: Record<string, unknown>) => F | string;
  /** What the command asks of the session; `wake` when it only reads it or works beside it. */
  event: (fields: F) => SessionEvent;
}

function command<F extends object>(check: CommandRule<F>['check'], event: CommandRule<F>['event']): CommandRule<F> {
  return { check, event };
}

const NO_FIELDS = () => ({});
const WAKE = (): SessionEvent => ({ type: 'wake' });
const isPauseChoice = oneOf([15, 30, 60, null] as const);
const isPauseUntil = oneOf(['tomorrow', 'workday'] as const);
const BREAK_ID = /^[\w-]{1,64}$/;
const NOT_A_RESULT = '"result" is not a valid break result.';
const NOT_A_ROUTINE = '"routine" must be "full" or "quick".';
const isRoutineName = oneOf(ROUTINE_NAMES);

const COMMANDS = {
  getState: command(NO_FIELDS, WAKE),
  setOnBall: command(
    (m) => (isBoolean(m.on) ? { on: m.on } : '"on" must be true or false.'),
    ({ on }) => ({ type: on ? 'start' : 'stop' }),
  ),
  pause: command(
    (m) => (isPauseChoice(m.minutes) ? { minutes: m.minutes } : '"minutes" must be one of 15, 30, 60 or null.'),
    ({ minutes }) => ({ type: 'pause', minutes }),
  ),
  pauseUntil: command(
    (m) => (isPauseUntil(m.until) ? { until: m.until } : '"until" must be "tomorrow" or "workday".'),
    ({ until }) => ({ type: 'pauseUntil', until }),
  ),
  /** The person's answer to the offer to space posture checks out. */
  answerOffer: command(
    (m) => (isBoolean(m.spaceOut) ? { spaceOut: m.spaceOut } : '"spaceOut" must be true or false.'),
    ({ spaceOut }) => ({ type: 'answerOffer', spaceOut }),
  ),
  resume: command(NO_FIELDS, () => ({ type: 'resume' })),
  startBreak: command(
    (m) => (m.routine === undefined || isRoutineName(m.routine) ? { routine: m.routine ?? 'full' } : NOT_A_ROUTINE),
    ({ routine }) => ({ type: 'startBreak', routine }),
  ),
  finishBreak: command((m) => (isBreakResult(m.result) ? { result: m.result } : NOT_A_RESULT), WAKE),
  /** The stretch page's progress so far, so a closed tab still records what was done. */
  breakProgress: command((m) => {
    if (!isString(m.breakId) || !BREAK_ID.test(m.breakId))
      return '"breakId" must be 1 to 64 letters, digits, "_" or "-".';
    if (m.ended !== undefined && !isBoolean(m.ended)) return '"ended" must be true or false.';
    return isBreakResult(m.result) ? { breakId: m.breakId, result: m.result, ended: m.ended === true } : NOT_A_RESULT;
  }, WAKE),
  anotherBlock: command(NO_FIELDS, () => ({ type: 'start' })),
  extend: command(NO_FIELDS, () => ({ type: 'extend' })),
  doneForNow: command(NO_FIELDS, () => ({ type: 'doneForNow' })),
  importHistory: command((m) => {
    const { history, skipped } = checkHistory(m.history);
    return skipped.length === 0 ? { history } : `History has unreadable days: ${skipped.join(', ')}.`;
  }, WAKE),
};

export type CommandType = keyof typeof COMMANDS;
type FieldsOf<K extends CommandType> = (typeof COMMANDS)[K] extends CommandRule<infer F> ? F : never;
export type CommandOf<K extends CommandType> = { type: K } & FieldsOf<K>;
export type Command = { [K in CommandType]: CommandOf<K> }[CommandType];

export type Reply = { ok: true; session: Session; now: number } | { ok: false; error: string };

/** Returns the command, or a sentence saying what is wrong with the message. */
export function parseCommand(message: unknown): Command | string {
  if (!isRecord(message) || !isString(message.type)) return 'Message must be an object with a "type".';
  if (!Object.hasOwn(COMMANDS, message.type)) return `Unknown message type "${message.type}".`;
  const type = message.type as CommandType;
  const fields = COMMANDS[type].check(message);
  return typeof fields === 'string' ? fields : ({ ...fields, type } as Command);
}

/** The event a command makes of the session. */
export function sessionEvent(command: Command): SessionEvent {
  return (COMMANDS[command.type] as CommandRule<object>).event(command);
}
