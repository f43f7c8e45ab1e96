import { i18n } from '#i18n';
import {
  doseText,
  exerciseGoal,
  exerciseName,
  exerciseSteps,
  levelText,
  pictureLabel,
} from '@/components/exercise-text';
import type { RoutineItem } from '@/utils/domain/routine';
import { ILLUSTRATIONS } from './illustrations';

interface ExerciseCardProps {
  item: RoutineItem;
  /** Heading level of the exercise name within the page. */
  level?: 2 | 3;
  /** A line above the name, such as "Exercise 2 of 3". */
  eyebrow?: string;
}

/** One exercise: its drawing, name, goal, dose, current level and steps. */
export function ExerciseCard({ item, level = 2, eyebrow }: ExerciseCardProps) {
  const { key } = item.exercise;
  const Picture = ILLUSTRATIONS[key];
  const Heading = level === 2 ? 'h2' : 'h3';
  const progress = levelText(item);
  return (
    <article class="exercise-card">
      <Picture label={pictureLabel(key)} />
      <div class="exercise-text">
        {eyebrow && <p class="eyebrow">{eyebrow}</p>}
        <Heading class="exercise-name">{exerciseName(key)}</Heading>
        <p class="exercise-goal">{exerciseGoal(key)}</p>
        <p class="exercise-dose">{doseText(item)}</p>
        {progress && <p class="exercise-level">{progress}</p>}
        <p class="steps-title">{i18n.t('stretchPage.howTo')}</p>
        <ol class="exercise-steps">
          {exerciseSteps(key).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ol>
      </div>
    </article>
  );
}
