import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { doseText, exerciseGoal, exerciseName, exerciseSteps } from '@/components/exercise-text';
import type { CustomExercise } from '@/utils/domain/custom-exercise';
import { isExerciseId } from '@/utils/domain/exercise-ids';
import { EXERCISES } from '@/utils/domain/exercises';
import { moveBy, moveEntry, previewItem, type RoutineEntry, setsChoice } from '@/utils/domain/routine';
import { formatNumber } from '@/utils/i18n/numbers';

interface RoutineListProps {
  /** Prefix of the list's ids. */
  id: string;
  label: string;
  entries: RoutineEntry[];
  customs: readonly CustomExercise[];
  /** Changes the entries from their latest state, so two quick presses both count. */
  onChange: (update: (entries: RoutineEntry[]) => RoutineEntry[]) => void;
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
            <li key={index}>
              <bdi>{line}</bdi>
            </li>
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
  const [dragged, setDragged] = useState<string | null>(null);
  // Read on drop, which may come before the page has redrawn from the drag's start.
  const dragging = useRef<string | null>(null);
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

  function moved(entry: RoutineEntry, next: RoutineEntry[]): RoutineEntry[] {
    const place = next.findIndex((e) => e.id === entry.id) + 1;
    announce(i18n.t('routine.moved', [entryName(entry, customs), formatNumber(place), formatNumber(next.length)]));
    return next;
  }

  function step(entry: RoutineEntry, direction: 'up' | 'down'): void {
    focusAfterMove.current = { id: entry.id, direction };
    onChange((current) => moved(entry, moveBy(current, entry.id, direction === 'up' ? -1 : 1)));
  }

  function drop(id: string, onto: string): void {
    const entry = entries.find((e) => e.id === id);
    if (!entry || id === onto) return;
    onChange((current) =>
      moved(
        entry,
        moveEntry(
          current,
          current.findIndex((e) => e.id === id),
          current.findIndex((e) => e.id === onto),
        ),
      ),
    );
  }

  function update(id: string, change: Partial<RoutineEntry>): void {
    onChange((current) => current.map((entry) => (entry.id === id ? { ...entry, ...change } : entry)));
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
            class={dragged === entry.id ? 'dragging' : undefined}
            draggable
            onDragStart={(event) => {
              dragging.current = entry.id;
              setDragged(entry.id);
              event.dataTransfer?.setData('text/plain', entry.id);
            }}
            onDragOver={(event) => event.preventDefault()}
            onDrop={(event) => {
              event.preventDefault();
              if (dragging.current !== null) drop(dragging.current, entry.id);
              dragging.current = null;
              setDragged(null);
            }}
            onDragEnd={() => {
              dragging.current = null;
              setDragged(null);
            }}
          >
            <span class="grip" aria-hidden="true">
              ⠿
            </span>
            <label class="check entry-name" for={`${rowId}-on`}>
              <input
                id={`${rowId}-on`}
                type="checkbox"
                checked={entry.on}
                onChange={(event) => update(entry.id, { on: event.currentTarget.checked })}
              />
              {/* The tags run on after the name, so a long one moves to the next line whole. */}
              <span>
                <bdi>{name}</bdi>
                {advanced && <span class="tag">{i18n.t('options.breaks.advanced')}</span>}
                {!isExerciseId(entry.id) && <span class="tag">{i18n.t('routine.own')}</span>}
              </span>
            </label>
            <label class="entry-sets">
              {i18n.t('routine.sets')}
              <select
                aria-label={i18n.t('routine.setsOf', [name])}
                value={String(Math.min(entry.sets, most))}
                onChange={(event) => update(entry.id, { sets: Number(event.currentTarget.value) })}
              >
                {Array.from({ length: most }, (_, n) => (
                  // The value is read back with Number(), so it keeps plain digits whatever the reader's are.
                  <option key={n} value={String(n + 1)}>
                    {formatNumber(n + 1)}
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
                onClick={() => step(entry, 'up')}
              >
                ↑
              </button>
              <button
                type="button"
                class="move-down"
                aria-label={i18n.t('routine.moveDown', [name])}
                disabled={index === entries.length - 1}
                onClick={() => step(entry, 'down')}
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
