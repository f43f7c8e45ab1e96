/** The words for an exercise and its dose, shared by the cards, the timer and the summary. */
import { i18n } from '#i18n';
import type { BreakStep } from '@/utils/domain/break-sequence';
import type { Exercise } from '@/utils/domain/exercises';
import type { RoutineExercise, RoutineItem } from '@/utils/domain/routine';
import { isolate } from '@/utils/i18n/isolate';
import { formatNumber } from '@/utils/i18n/numbers';
import { plural } from '@/utils/i18n/plural';

type Key = Exercise['key'];

export function builtInName(key: Key): string {
  return i18n.t(`exercise.${key}.name`);
}

/** A built-in exercise's name in the person's language; their own exercise's name as they typed it. */
export function exerciseName(exercise: RoutineExercise): string {
  return exercise.kind === 'builtIn' ? builtInName(exercise.key) : exercise.name;
}

/** The name to put inside a sentence: the person's own is set apart, as it may be in another script. */
export function exerciseNameInSentence(exercise: RoutineExercise): string {
  return exercise.kind === 'builtIn' ? builtInName(exercise.key) : isolate(exercise.name);
}

export function exerciseGoal(key: Key): string {
  return i18n.t(`exercise.${key}.goal`);
}

export function exerciseSteps(exercise: RoutineExercise): string[] {
  return exercise.kind === 'builtIn' ? builtInSteps(exercise.key) : exercise.steps;
}

/** Every built-in exercise has four steps in the catalogue. */
const STEPS = [1, 2, 3, 4] as const;

function builtInSteps(key: Key): string[] {
  return STEPS.map((n) => i18n.t(`exercise.${key}.step${n}`));
}

export function pictureLabel(key: Key): string {
  return i18n.t(`exercise.${key}.picture`);
}

/** "3 sets of 25 s", "3 times per side, 30 s each", "2 sets of 10 repetitions". */
export function doseText(item: RoutineItem): string {
  const sets = formatNumber(item.sets);
  if (item.hold === null) {
    const reps = [sets, formatNumber(item.reps ?? 0)];
    return plural(item.perSide ? 'dose.repsSides' : 'dose.reps', item.sets, reps);
  }
  const subs = [sets, formatNumber(item.hold)];
  return plural(item.perSide ? 'dose.holdSides' : 'dose.hold', item.sets, subs);
}

/** The hold and the most it grows to, as written, for an exercise whose hold grows; `null` for the others. */
function levelFigures(item: RoutineItem, hold: number | null): [string, string] | null {
  return item.growth && hold !== null ? [formatNumber(hold), formatNumber(item.growth.max)] : null;
}

/** "Ball plank: 35 s of 60 s", for an exercise whose hold grows; `null` for the others. */
export function levelText(item: RoutineItem, hold = item.hold): string | null {
  const figures = levelFigures(item, hold);
  return figures && i18n.t('dose.level', [exerciseNameInSentence(item.exercise), ...figures]);
}

/** "Your level: 35 s of 60 s", under the exercise's own heading, which already names it. */
export function ownLevelText(item: RoutineItem): string | null {
  const figures = levelFigures(item, item.hold);
  return figures && i18n.t('dose.ownLevel', figures);
}

/** "Set 2 of 3", or "Left side, 2 of 3" for an exercise done on each side. */
export function setText(step: BreakStep, item: RoutineItem): string {
  const subs: [string, string] = [formatNumber(step.set), formatNumber(item.sets)];
  if (step.side === 'left') return i18n.t('dose.leftSideOf', subs);
  if (step.side === 'right') return i18n.t('dose.rightSideOf', subs);
  return i18n.t('dose.setOf', subs);
}
