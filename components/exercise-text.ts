/** The words for an exercise and its dose, shared by the cards, the timer and the summary. */
import { i18n } from '#i18n';
import type { BreakStep } from '@/utils/domain/break-sequence';
import type { Exercise } from '@/utils/domain/exercises';
import { progressiveDose } from '@/utils/domain/progression';
import type { RoutineItem } from '@/utils/domain/routine';
import { formatNumber } from '@/utils/i18n/numbers';
import { plural } from '@/utils/i18n/plural';

type Key = Exercise['key'];

export function exerciseName(key: Key): string {
  return i18n.t(`exercise.${key}.name`);
}

export function exerciseGoal(key: Key): string {
  return i18n.t(`exercise.${key}.goal`);
}

export function exerciseSteps(key: Key): string[] {
  switch (key) {
    case 'plank':
      return [
        i18n.t('stretchPage.plankStep1'),
        i18n.t('stretchPage.plankStep2'),
        i18n.t('stretchPage.plankStep3'),
        i18n.t('stretchPage.plankStep4'),
      ];
    case 'rotation':
      return [
        i18n.t('stretchPage.rotationStep1'),
        i18n.t('stretchPage.rotationStep2'),
        i18n.t('stretchPage.rotationStep3'),
        i18n.t('stretchPage.rotationStep4'),
      ];
    case 'childPose':
      return [
        i18n.t('stretchPage.childPoseStep1'),
        i18n.t('stretchPage.childPoseStep2'),
        i18n.t('stretchPage.childPoseStep3'),
        i18n.t('stretchPage.childPoseStep4'),
      ];
    case 'wallSquat':
      return [
        i18n.t('stretchPage.wallSquatStep1'),
        i18n.t('stretchPage.wallSquatStep2'),
        i18n.t('stretchPage.wallSquatStep3'),
        i18n.t('stretchPage.wallSquatStep4'),
      ];
  }
}

export function pictureLabel(key: Key): string {
  return i18n.t(`stretchPage.${key}Picture`);
}

/** "3 sets of 25 s", "3 times per side, 30 s each", "2 sets of 10 repetitions". */
export function doseText(item: RoutineItem): string {
  const sets = formatNumber(item.sets);
  if (item.hold === null) return plural('stretchPage.doseReps', item.sets, [sets, formatNumber(item.reps ?? 0)]);
  const subs = [sets, formatNumber(item.hold)];
  return plural(item.perSide ? 'stretchPage.doseHoldSides' : 'stretchPage.doseHold', item.sets, subs);
}

/** "Ball plank: 35 s of 60 s", for an exercise whose hold grows; `null` for the others. */
export function levelText(item: RoutineItem, hold = item.hold): string | null {
  const dose = progressiveDose(item.exercise.id);
  if (!dose || hold === null) return null;
  return i18n.t('stretchPage.level', [exerciseName(item.exercise.key), formatNumber(hold), formatNumber(dose.max)]);
}

/** "Set 2 of 3", or "Left side, 2 of 3" for an exercise done on each side. */
export function setText(step: BreakStep, item: RoutineItem): string {
  const subs: [string, string] = [formatNumber(step.set), formatNumber(item.sets)];
  if (step.side === 'left') return i18n.t('stretchPage.leftSideOf', subs);
  if (step.side === 'right') return i18n.t('stretchPage.rightSideOf', subs);
  return i18n.t('stretchPage.setOf', subs);
}
