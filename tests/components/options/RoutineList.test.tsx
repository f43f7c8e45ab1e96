import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { RoutineList } from '@/entrypoints/options/RoutineList';
import { DEFAULT_ROUTINES, withCustomAdded } from '@/utils/domain/routine';
import { MIXED_SCRIPT_EXERCISE as own } from '../../helpers/mixed-script-exercise';

afterEach(cleanup);

describe('RoutineList', () => {
  // Each reads in its own direction inside the page's, so a Latin name on an Arabic page stays at its start edge.
  it("shows the person's own name and steps in their own direction", () => {
    const entries = withCustomAdded(DEFAULT_ROUTINES, own).full;
    render(
      <RoutineList id="full" label="Full" entries={entries} customs={[own]} onChange={() => {}} announce={() => {}} />,
    );
    const row = screen.getByRole('checkbox', { name: /Wall push-up/ }).closest('li') as HTMLElement;
    expect(row.querySelector('label bdi')?.textContent).toBe('Wall push-up (slow)');
    const steps = within(row.querySelector('details') as HTMLElement).getAllByRole('listitem', { hidden: true });
    expect(steps.map((li) => li.querySelector(':scope > bdi')?.textContent)).toEqual([
      'قف أمام الجدار.',
      'Push away from the wall 10 times.',
    ]);
  });
});
