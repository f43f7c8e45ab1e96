/**
 * The commands pages send to the background, each declared once: its check, its type, its
 * session event and the phases in which it makes sense.
 */
import { isBounded, MESSAGE_DEPTH, MESSAGE_ENTRIES } from './bounds';
import { isBoolean, isRecord, isString, oneOf, shorten } from './checks';
import {
  CUSTOM_LIMITS,
  type CustomExercise,
  checkCustomExercise,
  checkCustomExercises,
  isCustomId,
} from './custom-exercise';
import { type History, isBreakResult } from './history';
import { checkHistory } from './history-checks';
import type { SessionEvent } from './machine';
import { ROUTINE_NAMES, type RoutineName, withinSourceDoses } from './routine';
import { PAUSE_CHOICES, PAUSE_UNTIL, PHASES, type Phase, type Session } from './session';
import { type Settings, sanitizeSettings } from './settings';

interface CommandRule<F extends object> {
  /** Turns a received message into the command's fields, or a sentence saying what is wrong. */
  check: (message: Record<string, unknown>, now: number) => F | string;
  /** What the command asks of the session, given the sender's tab; `wake` when it only reads it or works beside it. */
  event: (fields: F, tabId: number | undefined) => SessionEvent;
  /** The phases in which the command is obeyed, for all of its kind or by its fields; in any other it is refused. */
  phases: readonly Phase[] | ((fields: F) => readonly Phase[]);
}

function command<F extends object>(
  check: CommandRule<F>['check'],
  event: CommandRule<F>['event'],
  phases: CommandRule<F>['phases'] = PHASES,
): CommandRule<F> {
  return { check, event, phases };
}

const NO_FIELDS = () => ({});
const WAKE = (): SessionEvent => ({ type: 'wake' });
const isPauseChoice = oneOf(PAUSE_CHOICES);
const isPauseUntil = oneOf(PAUSE_UNTIL);
const BREAK_ID = /^[\w-]{1,64}$/;
const NOT_A_RESULT = '"result" is not a valid break result.';
const NOT_A_ROUTINE = '"routine" must be "full" or "quick".';
const isRoutineName = oneOf(ROUTINE_NAMES);
const IMPORT_ID = BREAK_ID;
const ON_BALL: readonly Phase[] = ['sitting', 'paused'];
const BLOCK_OVER: readonly Phase[] = ['blockDone', 'onBreak'];

/** Days the import holds, or a sentence naming the ones that cannot be true. */
function importedDays(history: unknown, now: number): History | string {
  const { history: days, skipped } = checkHistory(history, now);
  if (skipped.length === 0) return days;
  const more = skipped.length > 5 ? ` and ${skipped.length - 5} more` : '';
  return `History has days that cannot be true: ${skipped.slice(0, 5).join(', ')}${more}.`;
}

/** Whether an import's settings were all usable; a partly usable file is refused whole. */
function importedSettings(settings: unknown): Settings | string {
  if (!isRecord(settings)) return '"settings" must be an object.';
  const { settings: usable, fellBack } = sanitizeSettings(settings);
  // As a backup file is read: a built-in exercise never asks for more sets than its source gives.
  if (fellBack.length === 0 && !withinSourceDoses(usable.routines)) fellBack.push('routines');
  return fellBack.length === 0 ? usable : `Settings have unusable values: ${fellBack.join(', ')}.`;
}

/** What is wrong with an own exercise that was refused: its id, a field, or that it came before. */
function customProblem(value: unknown): string {
  const id = isRecord(value) ? value.id : undefined;
  const named = `Own exercise ${shorten(JSON.stringify(id) ?? 'without an id')}`;
  if (!isCustomId(id)) return `${named} has no valid id ("custom-" and 1 to 16 letters or digits)`;
  const fields = Object.keys(checkCustomExercise(value));
  return fields.length > 0 ? `${named} has unusable values: ${fields.join(', ')}` : `${named} appears twice`;
}

/**
 * An import's own exercises, or a sentence naming the first that cannot be stored; a file with
 * one unusable exercise is refused whole. A backup made before own exercises existed has none.
 */
function importedCustoms(value: unknown): CustomExercise[] | string {
  if (value === undefined) return [];
  if (!Array.isArray(value)) return '"customExercises" must be a list.';
  const max = CUSTOM_LIMITS.count.max;
  if (value.length > max) return `A backup holds at most ${max} own exercises, not ${value.length}.`;
  const { exercises, skipped } = checkCustomExercises(value);
  if (skipped.length === 0) return exercises;
  // Every exercise before the first refused one was kept, in order.
  const first = value.findIndex((exercise, i) => exercises[i] !== exercise);
  const more = skipped.length > 1 ? ` (and ${skipped.length - 1} more)` : '';
  return `${customProblem(value[first])}${more}.`;
}

const COMMANDS = {
  getState: command(NO_FIELDS, WAKE),
  setOnBall: command(
    (m) => (isBoolean(m.on) ? { on: m.on } : '"on" must be true or false.'),
    ({ on }) => ({ type: on ? 'start' : 'stop' }),
  ),
  pause: command(
    (m) => (isPauseChoice(m.minutes) ? { minutes: m.minutes } : '"minutes" must be one of 15, 30, 60 or null.'),
    ({ minutes }) => ({ type: 'pause', minutes }),
    ON_BALL,
  ),
  pauseUntil: command(
    (m) => (isPauseUntil(m.until) ? { until: m.until } : '"until" must be "tomorrow" or "workday".'),
    ({ until }) => ({ type: 'pauseUntil', until }),
    ON_BALL,
  ),
  /** The person's answer to the offer to space posture checks out. */
  answerOffer: command(
    (m) => (isBoolean(m.spaceOut) ? { spaceOut: m.spaceOut } : '"spaceOut" must be true or false.'),
    ({ spaceOut }) => ({ type: 'answerOffer', spaceOut }),
  ),
  resume: command(NO_FIELDS, () => ({ type: 'resume' }), ['paused']),
  /**
   * Allowed in every phase; during a break the worker shows the break's tab instead of opening
   * another. With `here`, the break's own page asks, and its tab becomes the break's.
   */
  startBreak: command(
    (m): { routine: RoutineName; here?: boolean } | string => {
      if (m.here !== undefined && !isBoolean(m.here)) return '"here" must be true or false.';
      return m.routine === undefined || isRoutineName(m.routine)
        ? { routine: m.routine ?? 'full', here: m.here }
        : NOT_A_ROUTINE;
    },
    ({ routine, here }, tabId) => ({ type: 'startBreak', routine, tabId: here ? tabId : undefined }),
  ),
  finishBreak: command((m) => (isBreakResult(m.result) ? { result: m.result } : NOT_A_RESULT), WAKE, ['onBreak']),
  /** The stretch page's progress so far, so a closed tab still records what was done. */
  breakProgress: command(
    (m) => {
      if (!isString(m.breakId) || !BREAK_ID.test(m.breakId))
        return '"breakId" must be 1 to 64 letters, digits, "_" or "-".';
      if (m.ended !== undefined && !isBoolean(m.ended)) return '"ended" must be true or false.';
      return isBreakResult(m.result) ? { breakId: m.breakId, result: m.result, ended: m.ended === true } : NOT_A_RESULT;
    },
    WAKE,
    // A last report counts even after its break was ended elsewhere: what it did is still recorded.
    ({ ended }): readonly Phase[] => (ended ? PHASES : ['onBreak']),
  ),
  anotherBlock: command(NO_FIELDS, () => ({ type: 'start' }), ['off', ...BLOCK_OVER]),
  extend: command(NO_FIELDS, () => ({ type: 'extend' }), ['blockDone']),
  doneForNow: command(NO_FIELDS, () => ({ type: 'doneForNow' }), BLOCK_OVER),
  /** A backup's history, settings and own exercises, applied whole or not at all under the page's `id`. */
  importBackup: command((m, now) => {
    if (!isString(m.id) || !IMPORT_ID.test(m.id)) return '"id" must be 1 to 64 letters, digits, "_" or "-".';
    const history = importedDays(m.history, now);
    if (typeof history === 'string') return history;
    const settings = importedSettings(m.settings);
    if (typeof settings === 'string') return settings;
    const customExercises = importedCustoms(m.customExercises);
    return typeof customExercises === 'string' ? customExercises : { id: m.id, history, settings, customExercises };
  }, WAKE),
  /** What became of the import with this `id`, asked when its reply was lost. */
  importStatus: command(
    (m) =>
      isString(m.id) && IMPORT_ID.test(m.id) ? { id: m.id } : '"id" must be 1 to 64 letters, digits, "_" or "-".',
    WAKE,
  ),
};

export type CommandType = keyof typeof COMMANDS;
type FieldsOf<K extends CommandType> = (typeof COMMANDS)[K] extends CommandRule<infer F> ? F : never;
export type CommandOf<K extends CommandType> = { type: K } & FieldsOf<K>;
export type Command = { [K in CommandType]: CommandOf<K> }[CommandType];

/** What became of an import: applied whole, undone whole, or never seen. */
export type ImportOutcome = 'done' | 'undone' | 'unknown';

export type Reply =
  | { ok: true; session: Session; now: number; imported?: ImportOutcome }
  /** `refusedIn` names the phase that refused the command, when that was the reason. */
  | { ok: false; error: string; refusedIn?: Phase };

/** Returns the command, or a sentence saying what is wrong with the message; `now` bounds its dates. */
export function parseCommand(message: unknown, now: number): Command | string {
  if (!isRecord(message) || !isString(message.type)) return 'Message must be an object with a "type".';
  if (!Object.hasOwn(COMMANDS, message.type)) return `Unknown message type "${shorten(message.type)}".`;
  if (!isBounded(message, MESSAGE_DEPTH, MESSAGE_ENTRIES)) return 'Message is nested too deeply or is too large.';
  const type = message.type as CommandType;
  const fields = COMMANDS[type].check(message, now);
  return typeof fields === 'string' ? fields : ({ ...fields, type } as Command);
}

/** The phases in which a command is obeyed. */
export function allowedPhases(command: Command): readonly Phase[] {
  const { phases } = COMMANDS[command.type] as CommandRule<object>;
  return typeof phases === 'function' ? phases(command) : phases;
}

/** The event a command makes of the session; `tabId` is the tab it came from, if any. */
export function sessionEvent(command: Command, tabId?: number): SessionEvent {
  return (COMMANDS[command.type] as CommandRule<object>).event(command, tabId);
}
