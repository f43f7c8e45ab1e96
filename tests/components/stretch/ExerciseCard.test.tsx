import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ExerciseCard } from '@/entrypoints/stretch/ExerciseCard';
import { buildRoutine, withCustomAdded } from '@/utils/domain/routine';
import { DEFAULT_SETTINGS } from '@/utils/domain/settings';
import { MIXED_SCRIPT_EXERCISE as own } from '../../helpers/mixed-script-exercise';

function itemOf(id: string) {
  const routines = withCustomAdded(DEFAULT_SETTINGS.routines, own);
  const item = buildRoutine({ routines, restSeconds: 15 }, {}, [own]).items.find((i) => i.exercise.id === id);
  if (!item) throw new Error(`No ${id} in the routine`);
  return item;
}

afterEach(cleanup);

describe('ExerciseCard', () => {
  // Each reads in its own direction inside the page's, so a Latin name on an Arabic page stays at its start edge.
  it("shows the person's own name and each step in its own direction", () => {
    render(<ExerciseCard item={itemOf(own.id)} level={3} />);
    const heading = screen.getByRole('heading', { level: 3 });
    expect(heading.querySelector(':scope > bdi')?.textContent).toBe('Wall push-up (slow)');
    const steps = screen.getAllByRole('listitem').map((li) => li.querySelector(':scope > bdi')?.textContent);
    expect(steps).toEqual(['قف أمام الجدار.', 'Push away from the wall 10 times.']);
  });

  it('shows a built-in exercise the same way', () => {
    render(<ExerciseCard item={itemOf('plank')} />);
    expect(screen.getByRole('heading', { level: 2, name: 'Ball plank' }).querySelector('bdi')).toBeTruthy();
    expect(screen.getAllByRole('listitem').every((li) => li.firstElementChild?.tagName === 'BDI')).toBe(true);
  });
});
