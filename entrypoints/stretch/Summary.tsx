import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { exerciseName, exerciseNameInSentence, levelText } from '@/components/exercise-text';
import type { BreakResult } from '@/utils/domain/history';
import { FEELINGS, type Feeling, withFeeling } from '@/utils/domain/progression';
import type { Routine, RoutineItem } from '@/utils/domain/routine';
import type { Choice, SaveState } from '@/utils/domain/stretch-progress';
import { formatNumber } from '@/utils/i18n/numbers';
import { plural } from '@/utils/i18n/plural';
import { progressionItem } from '@/utils/storage/items';
import { loadProgression } from '@/utils/storage/read';

interface SummaryProps {
  routine: Routine;
  result: BreakResult;
  save: SaveState;
  onRetry: () => void;
  onChoose: (choice: Choice) => void;
  announce: (text: string) => void;
  busy: boolean;
}

const FEELING_TEXT: Record<Feeling, () => string> = {
  tooHard: () => i18n.t('stretchPage.tooHard'),
  justRight: () => i18n.t('stretchPage.justRight'),
  easy: () => i18n.t('stretchPage.easy'),
};

function doneLine(item: RoutineItem, sets: number): string {
  const name = exerciseNameInSentence(item.exercise);
  // Each side of a sided exercise counts as a set, as in the history, and its line says so.
  const planned = item.sets * (item.perSide ? 2 : 1);
  const subs = [name, formatNumber(sets), formatNumber(planned)];
  if (item.hold === null) {
    return plural(item.perSide ? 'stretchPage.summaryRepsSides' : 'stretchPage.summaryReps', planned, subs);
  }
  const key = item.perSide ? 'stretchPage.summaryHoldSides' : 'stretchPage.summaryHold';
  return plural(key, planned, [...subs, formatNumber(item.hold)]);
}

function FeelingQuestion({ item, announce }: { item: RoutineItem; announce: (text: string) => void }) {
  const [feeling, setFeeling] = useState<Feeling | null>(null);
  const [hold, setHold] = useState(item.hold);

  async function answer(next: Feeling): Promise<void> {
    if (item.hold === null) return;
    try {
      // Always from the hold just done, so changing the answer never counts twice.
      const progression = withFeeling(await loadProgression(), item.exercise.id, item.growth, item.hold, next);
      await progressionItem.setValue(progression);
      const nextHold = progression[item.exercise.id] ?? item.hold;
      setFeeling(next);
      setHold(nextHold);
      announce(levelText(item, nextHold) ?? '');
    } catch (error) {
      announce(i18n.t('stretchPage.commandFailed', [String(error)]));
    }
  }

  return (
    <fieldset class="feeling">
      <legend class="feeling-name">
        <bdi>{exerciseName(item.exercise)}</bdi>
      </legend>
      <div class="choices">
        {FEELINGS.map((option) => (
          <button key={option} type="button" aria-pressed={feeling === option} onClick={() => void answer(option)}>
            {FEELING_TEXT[option]()}
          </button>
        ))}
      </div>
      <p class="exercise-level">{levelText(item, hold)}</p>
    </fieldset>
  );
}

/** The end of a break: what was done, how it felt, and what comes next. */
export function Summary({ routine, result, save, onRetry, onChoose, announce, busy }: SummaryProps) {
  const asked = routine.items.filter(
    (item) =>
      result.completed &&
      item.growth !== null &&
      (result.exercises.find((e) => e.id === item.exercise.id)?.sets ?? 0) > 0,
  );
  const anyDone = result.exercises.some((e) => e.sets > 0);
  return (
    <section class="panel summary" aria-labelledby="summary-title">
      <h2 id="summary-title" tabIndex={-1}>
        {result.completed ? i18n.t('stretchPage.doneTitle') : i18n.t('stretchPage.endedTitle')}
      </h2>
      {/* A list of noughts would read as holds done: ended before the first set, it says so instead. */}
      {anyDone ? (
        <>
          <p>{i18n.t('stretchPage.summaryLead')}</p>
          <ul class="done-list">
            {routine.items.map((item) => (
              <li key={item.exercise.id}>
                {doneLine(item, result.exercises.find((e) => e.id === item.exercise.id)?.sets ?? 0)}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>{i18n.t('stretchPage.summaryNone')}</p>
      )}
      <p class="save-state" role={save.kind === 'failed' ? 'alert' : undefined}>
        {save.kind === 'saving' && i18n.t('stretchPage.recording')}
        {/* A break with nothing done leaves the history as it was: there is nothing to say was saved. */}
        {save.kind === 'saved' && (anyDone || result.completed) && i18n.t('stretchPage.recorded')}
        {save.kind === 'failed' && i18n.t('stretchPage.recordFailed', [save.error])}
      </p>
      {save.kind === 'failed' && !save.final && (
        <button type="button" onClick={onRetry}>
          {i18n.t('stretchPage.retry')}
        </button>
      )}
      {asked.length > 0 && (
        <div class="feelings">
          <h3>{i18n.t('stretchPage.feelTitle')}</h3>
          <p>{i18n.t('stretchPage.feelLead')}</p>
          {asked.map((item) => (
            <FeelingQuestion key={item.exercise.id} item={item} announce={announce} />
          ))}
        </div>
      )}
      <div class="controls">
        <button type="button" class="primary big" disabled={busy} onClick={() => onChoose('anotherBlock')}>
          {i18n.t('stretchPage.backOnBall')}
        </button>
        <button type="button" class="big" disabled={busy} onClick={() => onChoose('doneForNow')}>
          {i18n.t('stretchPage.doneForNow')}
        </button>
      </div>
    </section>
  );
}
