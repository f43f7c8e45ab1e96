/**
 * Exercises a person adds themselves, such as the ones a physical therapist gave them: their
 * own name and steps, shown as typed, with a dose inside limits that keep a break sane.
 */
import { isRecord } from './checks';
import { withPlainDigits } from './typed-digits';

/** The most own exercises, and the most sets of one: the worker needs only these two. */
export const MAX_CUSTOM_EXERCISES = 20;
export const MAX_SETS = 10;

export const CUSTOM_LIMITS = {
  name: { max: 60 },
  steps: { max: 600, lines: 8 },
  hold: { min: 5, max: 300 },
  reps: { min: 1, max: 50 },
  sets: { min: 1, max: MAX_SETS },
  step: { min: 1, max: 10 },
  count: { max: MAX_CUSTOM_EXERCISES },
} as const;

/** How a custom exercise's hold may grow "as tolerated": from its hold, by `step`, never past `cap`. */
export interface CustomProgression {
  step: number;
  cap: number;
}

export interface CustomExercise {
  id: string;
  name: string;
  /** The how-to, one step a line, as typed. */
  steps: string;
  kind: 'hold' | 'reps';
  /** Seconds per hold (the start of a progression), or repetitions per set. */
  amount: number;
  sets: number;
  perSide: boolean;
  progression: CustomProgression | null;
}

export type CustomField = 'name' | 'steps' | 'kind' | 'amount' | 'sets' | 'perSide' | 'step' | 'cap';

export type CustomError =
  | 'required'
  | 'tooLong'
  | 'tooManyLines'
  | 'badCharacters'
  | 'notWholeNumber'
  | 'outOfRange'
  | 'capBelowStart'
  | 'badChoice';

export type CustomErrors = Partial<Record<CustomField, CustomError>>;

const CUSTOM_ID = /^custom-[a-z0-9]{1,16}$/;

export function isCustomId(value: unknown): value is string {
  return typeof value === 'string' && CUSTOM_ID.test(value);
}

/** Characters counted as a person sees them, so an emoji is one, not two. */
export function characterCount(text: string): number {
  return [...text].length;
}

/**
 * Control characters other than a line break and unpaired surrogates are refused: they are never
 * typed on purpose, and stored they would grow several times in the synced JSON.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point
const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f]|\p{Cs}/u;

function hasUnsafeCharacters(text: string): boolean {
  return UNSAFE.test(text);
}

function checkText(value: unknown, max: number, required: boolean): CustomError | null {
  if (typeof value !== 'string') return 'required';
  if (required && value.trim() === '') return 'required';
  if (hasUnsafeCharacters(value)) return 'badCharacters';
  return characterCount(value) > max ? 'tooLong' : null;
}

function checkWhole(value: unknown, limits: { min: number; max: number }): CustomError | null {
  if (typeof value !== 'number' || !Number.isInteger(value)) return 'notWholeNumber';
  return value < limits.min || value > limits.max ? 'outOfRange' : null;
}

/** Every problem with an exercise, by field; an empty result means it may be stored. */
export function checkCustomExercise(value: unknown): CustomErrors {
  const errors: CustomErrors = {};
  const set = (field: CustomField, error: CustomError | null) => {
    if (error) errors[field] = error;
  };
  const e = isRecord(value) ? value : {};
  set('name', checkText(e.name, CUSTOM_LIMITS.name.max, true));
  set('steps', checkText(e.steps, CUSTOM_LIMITS.steps.max, false));
  if (!errors.steps && typeof e.steps === 'string' && stepLines(e.steps).length > CUSTOM_LIMITS.steps.lines) {
    set('steps', 'tooManyLines');
  }
  if (e.kind !== 'hold' && e.kind !== 'reps') set('kind', 'badChoice');
  set('amount', checkWhole(e.amount, e.kind === 'reps' ? CUSTOM_LIMITS.reps : CUSTOM_LIMITS.hold));
  set('sets', checkWhole(e.sets, CUSTOM_LIMITS.sets));
  if (typeof e.perSide !== 'boolean') set('perSide', 'badChoice');
  const progression = e.progression;
  if (progression !== null) {
    const p = isRecord(progression) ? progression : {};
    if (e.kind !== 'hold') set('step', 'badChoice');
    set('step', checkWhole(p.step, CUSTOM_LIMITS.step));
    set('cap', checkWhole(p.cap, CUSTOM_LIMITS.hold));
    if (!errors.cap && !errors.amount && (p.cap as number) <= (e.amount as number)) set('cap', 'capBelowStart');
  }
  return errors;
}

export function isCustomExercise(value: unknown): value is CustomExercise {
  return isRecord(value) && isCustomId(value.id) && Object.keys(checkCustomExercise(value)).length === 0;
}

/** The steps as the lines a person typed, blank lines left out. */
export function stepLines(steps: string): string[] {
  return steps
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** A new id, from a random source the caller gives, so this stays pure. */
export function newCustomId(random: () => number): string {
  return `custom-${Math.floor(random() * 36 ** 8)
    .toString(36)
    .padStart(8, '0')}`;
}

export interface CheckedCustomExercises {
  exercises: CustomExercise[];
  /** Ids (or keys) of stored exercises that were unreadable and left out. */
  skipped: string[];
}

/** Keeps each readable exercise, at most the allowed number, in the order given. */
export function checkCustomExercises(values: readonly unknown[]): CheckedCustomExercises {
  const exercises: CustomExercise[] = [];
  const skipped: string[] = [];
  for (const value of values) {
    const id = isRecord(value) && typeof value.id === 'string' ? value.id : '(unknown)';
    if (isCustomExercise(value) && exercises.length < CUSTOM_LIMITS.count.max && !exercises.some((x) => x.id === id)) {
      exercises.push(value);
    } else {
      skipped.push(id);
    }
  }
  return { exercises, skipped };
}

/** The editor's fields as typed, before they are read into an exercise. */
export interface CustomDraft {
  name: string;
  steps: string;
  kind: 'hold' | 'reps';
  amount: string;
  sets: string;
  perSide: boolean;
  grows: boolean;
  step: string;
  cap: string;
}

export const EMPTY_DRAFT: CustomDraft = {
  name: '',
  steps: '',
  kind: 'hold',
  amount: '30',
  sets: '3',
  perSide: false,
  grows: false,
  step: '5',
  cap: '60',
};

export function draftOf(exercise: CustomExercise): CustomDraft {
  const { progression } = exercise;
  return {
    name: exercise.name,
    steps: exercise.steps,
    kind: exercise.kind,
    amount: String(exercise.amount),
    sets: String(exercise.sets),
    perSide: exercise.perSide,
    grows: progression !== null,
    step: String(progression?.step ?? EMPTY_DRAFT.step),
    cap: String(progression?.cap ?? EMPTY_DRAFT.cap),
  };
}

/** Digits only, of any script: "1e2", "0x10" or "12abc" are refused rather than read as something else. */
function wholeFrom(text: string): number | null {
  const trimmed = withPlainDigits(text).trim();
  return /^\d{1,6}$/.test(trimmed) ? Number(trimmed) : null;
}

export type DraftResult = { ok: true; exercise: CustomExercise } | { ok: false; errors: CustomErrors };

/** Reads the typed fields into an exercise with the given id, or says what is wrong with each field. */
export function exerciseFromDraft(draft: CustomDraft, id: string): DraftResult {
  const number = (text: string) => wholeFrom(text) ?? Number.NaN;
  const candidate = {
    id,
    name: draft.name.trim(),
    // Line ends from any system become one kind, so the stored text is the same everywhere.
    steps: draft.steps.replace(/\r\n?/g, '\n').trim(),
    kind: draft.kind,
    amount: number(draft.amount),
    sets: number(draft.sets),
    perSide: draft.perSide,
    progression: draft.kind === 'hold' && draft.grows ? { step: number(draft.step), cap: number(draft.cap) } : null,
  };
  const errors = checkCustomExercise(candidate);
  return Object.keys(errors).length === 0 ? { ok: true, exercise: candidate } : { ok: false, errors };
}
