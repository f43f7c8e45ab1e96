import { i18n } from '#i18n';
import {
  doseText,
  exerciseGoal,
  exerciseName,
  exerciseSteps,
  ownLevelText,
  pictureLabel,
} from '@/components/exercise-text';
import type { RoutineExercise, RoutineItem } from '@/utils/domain/routine';
import { ILLUSTRATIONS } from './illustrations';
import { OwnExercise } from './illustrations/OwnExercise';

function ExercisePicture({ exercise }: { exercise: RoutineExercise }) {
  if (exercise.kind === 'custom') return <OwnExercise label={i18n.t('routine.ownPicture')} />;
  const Picture = ILLUSTRATIONS[exercise.key];
  return <Picture label={pictureLabel(exercise.key)} />;
}

interface ExerciseCardProps {
  item: RoutineItem;
  /** Heading level of the exercise name within the page. */
  level?: 2 | 3;
  /** A line above the name, such as "Exercise 2 of 3". */
  eyebrow?: string;
}

/**
 * One exercise: its drawing, name, goal, dose, current level and steps. A person's own
 * exercise shows their name and steps as typed, each in its own direction (`<bdi>`), with a
 * note that they come from them.
 */
export function ExerciseCard({ item, level = 2, eyebrow }: ExerciseCardProps) {
  const { exercise } = item;
  const Heading = level === 2 ? 'h2' : 'h3';
  const progress = ownLevelText(item);
  const steps = exerciseSteps(exercise);
  return (
    <article class="exercise-card">
      <ExercisePicture exercise={exercise} />
      <div class="exercise-text">
        {eyebrow && <p class="eyebrow">{eyebrow}</p>}
        <Heading class="exercise-name">
          <bdi>{exerciseName(exercise)}</bdi>
        </Heading>
        {exercise.kind === 'builtIn' ? (
          <p class="exercise-goal">{exerciseGoal(exercise.key)}</p>
        ) : (
          <p class="exercise-goal own-note" role="note">
            {i18n.t('routine.ownNote')}
          </p>
        )}
        <p class="exercise-dose">{doseText(item)}</p>
        {progress && <p class="exercise-level">{progress}</p>}
        {steps.length > 0 && (
          <>
            <p class="steps-title">{i18n.t('stretchPage.howTo')}</p>
            <ol class="exercise-steps">
              {steps.map((line, index) => (
                <li key={index}>
                  <bdi>{line}</bdi>
                </li>
              ))}
            </ol>
          </>
        )}
      </div>
    </article>
  );
}
