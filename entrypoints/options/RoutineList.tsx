import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { doseText, exerciseGoal, exerciseName, exerciseSteps } from '@/components/exercise-text';
import type { CustomExercise } from '@/utils/domain/custom-exercise';
import { isExerciseId } from '@/utils/domain/exercise-ids';
import { EXERCISES } from '@/utils/domain/exercises';
import { moveEntry, previewItem, type RoutineEntry, setsChoice } from '@/utils/domain/routine';

interface RoutineListProps {
  /** Prefix of the list's ids. */
  id: string;
  label: string;
  entries: RoutineEntry[];
  customs: readonly CustomExercise[];
  onChange: (entries: RoutineEntry[]) => void;
  announce: (text: string) => void;
}

function Preview({ entry, customs }: { entry: RoutineEntry; customs: readonly CustomExercise[] }) {
  const item = previewItem(entry, customs);
  if (!item) return null;
  const name = exerciseName(item.exercise);
  const steps = exerciseSteps(item.exercise);
  return (
    <details class="preview">
      <summary aria-label={i18n.t('routine.previewOf', [name])}>{i18n.t('routine.preview')}</summary>
      <p>{item.exercise.kind === 'builtIn' ? exerciseGoal(item.exercise.key) : i18n.t('routine.ownNote')}</p>
      <p>{doseText(item)}</p>
      {steps.length > 0 && (
        <ol>
          {steps.map((line, index) => (
            <li key={index}>{line}</li>
          ))}
        </ol>
      )}
    </details>
  );
}

function entryName(entry: RoutineEntry, customs: readonly CustomExercise[]): string {
  const item = previewItem(entry, customs);
  return item ? exerciseName(item.exercise) : entry.id;
}

/**
 * One routine as an ordered list: each exercise switched on or off, its sets, a preview, and
 * two ways to reorder: dragging, or the move buttons for the keyboard, which keep focus on the
 * moved exercise.
 */
export function RoutineList({ id, label, entries, customs, onChange, announce }: RoutineListProps) {
  const [dragged, setDragged] = useState<number | null>(null);
  const focusAfterMove = useRef<{ id: string; direction: 'up' | 'down' } | null>(null);
  const list = useRef<HTMLOListElement>(null);

  useLayoutEffect(() => {
    const wanted = focusAfterMove.current;
    if (!wanted) return;
    focusAfterMove.current = null;
    const row = list.current?.querySelector(`[data-entry="${wanted.id}"]`);
    const same = row?.querySelector<HTMLButtonElement>(`button.move-${wanted.direction}`);
    const other = row?.querySelector<HTMLButtonElement>(`button.move-${wanted.direction === 'up' ? 'down' : 'up'}`);
    (same && !same.disabled ? same : other)?.focus();
  });

  function move(from: number, to: number, direction?: 'up' | 'down'): void {
    const entry = entries[from];
    if (!entry || to < 0 || to >= entries.length || from === to) return;
    if (direction) focusAfterMove.current = { id: entry.id, direction };
    onChange(moveEntry(entries, from, to));
    announce(i18n.t('routine.moved', [entryName(entry, customs), String(to + 1), String(entries.length)]));
  }

  function update(index: number, change: Partial<RoutineEntry>): void {
    onChange(entries.map((entry, n) => (n === index ? { ...entry, ...change } : entry)));
  }

  return (
    <ol class="routine-list" aria-label={label} ref={list}>
      {entries.map((entry, index) => {
        const name = entryName(entry, customs);
        const rowId = `${id}-${entry.id}`;
        const advanced = isExerciseId(entry.id) && EXERCISES[entry.id].advanced;
        const most = setsChoice(entry.id, customs);
        return (
          <li
            key={entry.id}
            data-entry={entry.id}
            class={dragged === index ? 'dragging' : undefined}
            draggable
            onDragStart={(event) => {
              setDragged(index);
              event.dataTransfer?.setData('text/plain', entry.id);
            }}
            onDragOver={(event) => event.preventDefault()}
            onDrop={(event) => {
              event.preventDefault();
              if (dragged !== null) move(dragged, index);
              setDragged(null);
            }}
            onDragEnd={() => setDragged(null)}
          >
            <span class="grip" aria-hidden="true">
              ⠿
            </span>
            <label class="inline entry-name" for={`${rowId}-on`}>
              <input
                id={`${rowId}-on`}
                type="checkbox"
                checked={entry.on}
                onChange={(event) => update(index, { on: event.currentTarget.checked })}
              />
              {name}
              {advanced && <span class="tag">{i18n.t('options.breaks.advanced')}</span>}
              {!isExerciseId(entry.id) && <span class="tag">{i18n.t('routine.own')}</span>}
            </label>
            <label class="inline entry-sets">
              {i18n.t('routine.sets')}
              <select
                aria-label={i18n.t('routine.setsOf', [name])}
                value={String(Math.min(entry.sets, most))}
                onChange={(event) => update(index, { sets: Number(event.currentTarget.value) })}
              >
                {Array.from({ length: most }, (_, n) => (
                  <option key={n} value={String(n + 1)}>
                    {String(n + 1)}
                  </option>
                ))}
              </select>
            </label>
            <span class="entry-moves">
              <button
                type="button"
                class="move-up"
                aria-label={i18n.t('routine.moveUp', [name])}
                disabled={index === 0}
                onClick={() => move(index, index - 1, 'up')}
              >
                ↑
              </button>
              <button
                type="button"
                class="move-down"
                aria-label={i18n.t('routine.moveDown', [name])}
                disabled={index === entries.length - 1}
                onClick={() => move(index, index + 1, 'down')}
              >
                ↓
              </button>
            </span>
            <Preview entry={entry} customs={customs} />
          </li>
        );
      })}
    </ol>
  );
}
