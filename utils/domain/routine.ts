/**
 * The person's two routines, the full break and the quick break: built-in and custom exercises
 * in their order, each switched on or off with its number of sets; and the routine a break runs,
 * with today's doses.
 */
import { isBoolean, isRecord } from './checks';
import { type CustomExercise, isCustomId, MAX_CUSTOM_EXERCISES, MAX_SETS, stepLines } from './custom-exercise';
import { EXERCISE_IDS, type ExerciseId, isExerciseId } from './exercise-ids';
import { EXERCISES, type Exercise } from './exercises';
import { type Growth, holdFor, type Progression, progressiveDose } from './progression';

export const ROUTINE_NAMES = ['full', 'quick'] as const;
export type RoutineName = (typeof ROUTINE_NAMES)[number];

export interface RoutineEntry {
  /** A built-in exercise id or a custom exercise's id. */
  id: string;
  on: boolean;
  sets: number;
}

export type Routines = Record<RoutineName, RoutineEntry[]>;

/** The most entries a routine can hold: every built-in exercise and every custom one. */
export const MAX_ENTRIES = EXERCISE_IDS.length + MAX_CUSTOM_EXERCISES;

const entry = (id: ExerciseId, on: boolean, sets: number): RoutineEntry => ({ id, on, sets });

/**
 * The full break at the catalogue's doses (a test holds them equal), written out so that the
 * worker, which reads the settings, does not carry the catalogue.
 */
export const DEFAULT_ROUTINES: Routines = {
  full: [
    entry('plank', true, 3),
    entry('rotation', true, 3),
    entry('child-pose', true, 3),
    entry('wall-squat', false, 2),
  ],
  // One set each of the two gentlest, about two minutes with the default rest.
  quick: [
    entry('rotation', true, 1),
    entry('child-pose', true, 1),
    entry('plank', false, 1),
    entry('wall-squat', false, 1),
  ],
};

/** The full routine for someone who chose built-in breaks before routines existed. */
export function routinesFromBreaks(breaks: readonly string[]): Routines {
  return {
    full: DEFAULT_ROUTINES.full.map((e) => ({ ...e, on: breaks.includes(e.id) })),
    quick: DEFAULT_ROUTINES.quick.map((e) => ({ ...e })),
  };
}

/** The most sets an entry may ask for: a built-in exercise never above its dose from the source. */
export function maxSets(id: string): number {
  return isExerciseId(id) ? EXERCISES[id].dose.sets : MAX_SETS;
}

export type RoutineError = 'badRoutine' | 'noneOn';

/**
 * An entry's id as any version may store it. One this version does not know (an exercise a newer
 * version on another synced browser added) is kept and skipped by a break, rather than costing
 * the person both routines.
 */
const ENTRY_ID = /^[a-z0-9-]{1,40}$/;

function checkEntries(value: unknown): RoutineError | null {
  if (!Array.isArray(value) || value.length > MAX_ENTRIES) return 'badRoutine';
  const ids = new Set<string>();
  for (const e of value) {
    if (!isRecord(e) || typeof e.id !== 'string' || !ENTRY_ID.test(e.id) || ids.has(e.id) || !isBoolean(e.on)) {
      return 'badRoutine';
    }
    const sets = e.sets;
    if (!Number.isInteger(sets) || (sets as number) < 1 || (sets as number) > MAX_SETS) return 'badRoutine';
    ids.add(e.id);
  }
  return value.some((e) => e.on) ? null : 'noneOn';
}

/**
 * The shape of stored routines, as every reader checks it. Sets of a built-in exercise above
 * its dose from the source are refused where routines come in (`withinSourceDoses`, for an
 * import and the editor) and cut back to that dose whenever a break is built.
 */
export function checkRoutines(value: unknown): RoutineError | null {
  if (!isRecord(value)) return 'badRoutine';
  for (const name of ROUTINE_NAMES) {
    const error = checkEntries(value[name]);
    if (error) return error;
  }
  return null;
}

/** Whether no built-in exercise in the routines asks for more sets than its dose from the source. */
export function withinSourceDoses(routines: Routines): boolean {
  return ROUTINE_NAMES.every((name) => routines[name].every((e) => e.sets <= maxSets(e.id)));
}

/** Adds a new custom exercise at the end of both routines: on in the full break, off in the quick one. */
export function withCustomAdded(routines: Routines, exercise: CustomExercise): Routines {
  const add = (entries: RoutineEntry[], on: boolean, sets: number) =>
    entries.some((e) => e.id === exercise.id) ? entries : [...entries, { id: exercise.id, on, sets }];
  return { full: add(routines.full, true, exercise.sets), quick: add(routines.quick, false, 1) };
}

/**
 * Both routines without the exercise `id`. A routine it leaves with nothing on gets its default
 * exercises switched on again, so what is stored is what a break runs and stays a valid routine.
 */
export function withCustomRemoved(routines: Routines, id: string): Routines {
  const without = (name: RoutineName): RoutineEntry[] => {
    const left = routines[name].filter((e) => e.id !== id);
    if (!leavesNothingOn(routines[name], id)) return left;
    const defaultsOn = DEFAULT_ROUTINES[name].filter((e) => e.on);
    const isDefault = (e: RoutineEntry) => defaultsOn.some((d) => d.id === e.id);
    return [
      ...left.map((e) => (isDefault(e) ? { ...e, on: true } : e)),
      ...defaultsOn.filter((d) => !left.some((e) => e.id === d.id)).map((d) => ({ ...d })),
    ];
  };
  return { full: without('full'), quick: without('quick') };
}

function leavesNothingOn(entries: readonly RoutineEntry[], id: string): boolean {
  return !entries.some((e) => e.on && e.id !== id);
}

/** Whether removing `id` leaves a routine with nothing on, so that `withCustomRemoved` switches its defaults on. */
export function emptiesARoutine(routines: Routines, id: string): boolean {
  return ROUTINE_NAMES.some((name) => leavesNothingOn(routines[name], id));
}

/** Moves the entry `id` by `by` places (negative is up), as a move button does; stays within the list. */
export function moveBy(entries: readonly RoutineEntry[], id: string, by: number): RoutineEntry[] {
  const from = entries.findIndex((e) => e.id === id);
  if (from < 0) return [...entries];
  return moveEntry(entries, from, Math.min(entries.length - 1, Math.max(0, from + by)));
}

/** Moves the entry at `from` to `to`, as a drag does. */
export function moveEntry(entries: readonly RoutineEntry[], from: number, to: number): RoutineEntry[] {
  const next = [...entries];
  const [moved] = next.splice(from, 1);
  if (!moved || to < 0 || to > next.length) return [...entries];
  next.splice(to, 0, moved);
  return next;
}

/**
 * The entries of one routine as the editor lists them: the stored ones whose exercise exists,
 * then any built-in or custom exercise the list misses, switched off, so nothing stored is lost.
 */
export function listedEntries(entries: readonly RoutineEntry[], customs: readonly CustomExercise[]): RoutineEntry[] {
  const known = (id: string) => isExerciseId(id) || customs.some((c) => c.id === id);
  const listed = entries.filter((e) => known(e.id));
  const missing = [...EXERCISE_IDS, ...customs.map((c) => c.id)].filter((id) => !listed.some((e) => e.id === id));
  return [...listed, ...missing.map((id) => ({ id, on: false, sets: Math.min(1, maxSets(id)) }))];
}

/**
 * One routine after the editor changed its listed entries: those of exercises this version does
 * not know stay stored, after the listed ones, for the version that does.
 */
export function withListed(stored: readonly RoutineEntry[], listed: RoutineEntry[]): RoutineEntry[] {
  return [...listed, ...stored.filter((e) => !isExerciseId(e.id) && !isCustomId(e.id))];
}

export type RoutineExercise =
  | { kind: 'builtIn'; id: ExerciseId; key: Exercise['key'] }
  | { kind: 'custom'; id: string; name: string; steps: string[] };

export interface RoutineItem {
  exercise: RoutineExercise;
  sets: number;
  /** Each set is done once per side, left then right. */
  perSide: boolean;
  /** Seconds per hold, or `null` for an exercise counted in repetitions. */
  hold: number | null;
  /** Repetitions per set, or `null` for a hold. */
  reps: number | null;
  /** How the hold may grow "as tolerated", or `null` for one that stays fixed. */
  growth: Growth | null;
}

export interface Routine {
  items: RoutineItem[];
  /** Rest between sets, in seconds. */
  restSeconds: number;
}

function builtInItem(id: ExerciseId, sets: number, progression: Progression): RoutineItem {
  const { dose, key } = EXERCISES[id];
  const growth = progressiveDose(id);
  return {
    exercise: { kind: 'builtIn', id, key },
    sets: Math.min(sets, dose.sets),
    perSide: dose.perSide,
    hold: dose.kind === 'hold' ? holdFor(progression[id], growth ?? dose) : null,
    reps: dose.kind === 'reps' ? dose.reps : null,
    growth,
  };
}

export function customGrowth(exercise: CustomExercise): Growth | null {
  const { kind, amount, progression } = exercise;
  return kind === 'hold' && progression ? { start: amount, max: progression.cap, step: progression.step } : null;
}

function customItem(exercise: CustomExercise, sets: number, progression: Progression): RoutineItem {
  const growth = customGrowth(exercise);
  const hold = exercise.kind === 'hold';
  return {
    exercise: { kind: 'custom', id: exercise.id, name: exercise.name, steps: stepLines(exercise.steps) },
    sets: Math.min(sets, exercise.sets),
    perSide: exercise.perSide,
    hold: hold ? (growth ? holdFor(progression[exercise.id], growth) : exercise.amount) : null,
    reps: hold ? null : exercise.amount,
    growth,
  };
}

export interface RoutineSource {
  routines: Routines;
  restSeconds: number;
}

function itemsOf(entries: readonly RoutineEntry[], customs: readonly CustomExercise[], progression: Progression) {
  return entries.flatMap((e) => {
    if (!e.on) return [];
    if (isExerciseId(e.id)) return [builtInItem(e.id, e.sets, progression)];
    const custom = customs.find((c) => c.id === e.id);
    return custom ? [customItem(custom, e.sets, progression)] : [];
  });
}

export const REST_SECONDS = { min: 0, max: 120 } as const;

function clampRest(seconds: number): number {
  const rest = Number.isFinite(seconds) ? Math.round(seconds) : REST_SECONDS.min;
  return Math.min(REST_SECONDS.max, Math.max(REST_SECONDS.min, rest));
}

/**
 * The routine a break runs, in the person's order. A routine left with nothing to do (its only
 * custom exercises were deleted) runs the default one instead of ending at once.
 */
export function buildRoutine(
  source: RoutineSource,
  progression: Progression,
  customs: readonly CustomExercise[] = [],
  name: RoutineName = 'full',
): Routine {
  const items = itemsOf(source.routines[name], customs, progression);
  return {
    items: items.length > 0 ? items : itemsOf(DEFAULT_ROUTINES[name], [], progression),
    restSeconds: clampRest(source.restSeconds),
  };
}

/** The most sets an entry can choose in the editor: a custom exercise's own sets, a built-in one's from the source. */
export function setsChoice(id: string, customs: readonly CustomExercise[]): number {
  return customs.find((c) => c.id === id)?.sets ?? maxSets(id);
}

/** What one entry would do in a break, for the editor's preview; `null` for an exercise that no longer exists. */
export function previewItem(entry: RoutineEntry, customs: readonly CustomExercise[]): RoutineItem | null {
  return itemsOf([{ ...entry, on: true }], customs, {})[0] ?? null;
}
