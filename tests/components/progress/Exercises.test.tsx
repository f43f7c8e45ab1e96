import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Exercises } from '@/entrypoints/progress/Exercises';
import { exerciseProgress } from '@/utils/domain/stats';
import { day } from '../../helpers/days';

const plank = (bestHold: number) => day({ exercises: { plank: { sets: 3, bestHold } } });

/** The dates under each exercise chart's axis. */
function edgeDates(history: Record<string, ReturnType<typeof day>>, today: string): string[][] {
  const { container } = render(<Exercises progress={exerciseProgress(history)} customs={[]} today={today} />);
  return [...container.querySelectorAll('svg.chart-plot')].map((svg) =>
    [...svg.querySelectorAll('text')].map((t) => t.textContent ?? '').filter((text) => /[A-Z][a-z]{2} \d/.test(text)),
  );
}

describe('the exercise charts', () => {
  afterEach(cleanup);

  it('name their first and last days by month and day within this year', () => {
    expect(edgeDates({ '2025-06-09': plank(25), '2025-06-10': plank(40) }, '2025-06-11')).toEqual([
      ['Jun 9', 'Jun 10'],
    ]);
  });

  it('add the year when the days span years or lie in an earlier one, so two years never read as two days', () => {
    expect(edgeDates({ '2024-12-07': plank(25), '2025-12-08': plank(60) }, '2025-12-08')).toEqual([
      ['Dec 7, 2024', 'Dec 8, 2025'],
    ]);
    cleanup();
    expect(edgeDates({ '2024-07-07': plank(25), '2024-07-25': plank(30) }, '2025-06-11')).toEqual([
      ['Jul 7, 2024', 'Jul 25, 2024'],
    ]);
  });
});
