import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { LineChart } from '@/entrypoints/progress/charts/LineChart';

const points = [
  { date: '2025-06-01', label: 'Jun 1, 2025', value: 25, text: '25 s' },
  { date: '2025-06-02', label: 'Jun 2, 2025', value: 30, text: '30 s' },
  { date: '2025-06-11', label: 'Jun 11, 2025', value: 45, text: '45 s' },
];

function renderChart(shown = points) {
  return render(
    <LineChart
      caption="Ball plank: longest hold per day"
      summary="First 25 s, latest 45 s, best 45 s."
      labelHeader="Day"
      valueHeader="Longest hold (seconds)"
      points={shown}
      startLabel="Jun 1"
      endLabel="Jun 11"
      goal={{ value: 60, label: 'Goal 60 s' }}
    />,
  );
}

describe('LineChart', () => {
  afterEach(cleanup);

  it('places each day by its date and each value by its height', () => {
    const { container } = renderChart();
    const dots = [...container.querySelectorAll('circle.chart-point')];
    const xs = dots.map((d) => Number(d.getAttribute('cx')));
    const ys = dots.map((d) => Number(d.getAttribute('cy')));
    // Nine days lie between the second and the third point, one between the first two.
    expect(((xs[2] ?? 0) - (xs[1] ?? 0)) / ((xs[1] ?? 0) - (xs[0] ?? 0))).toBeCloseTo(9);
    expect(ys[0]).toBeGreaterThan(ys[1] ?? 0);
    expect(ys[1]).toBeGreaterThan(ys[2] ?? 0);
    expect(container.querySelector('polyline')?.getAttribute('points')?.split(' ')).toHaveLength(3);
    const texts = [...container.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).toEqual(['0', '60', 'Goal 60 s', 'Jun 1', 'Jun 11']);
  });

  it('gives the same values as a table', () => {
    renderChart();
    const table = screen.getByRole('table', { name: 'Ball plank: longest hold per day' });
    expect(
      within(table)
        .getAllByRole('row')
        .map((r) => r.textContent),
    ).toEqual(['DayLongest hold (seconds)', 'Jun 1, 202525 s', 'Jun 2, 202530 s', 'Jun 11, 202545 s']);
  });

  it('draws a single day as one dot, its date under it', () => {
    const { container } = renderChart(points.slice(0, 1));
    expect(container.querySelectorAll('circle.chart-point')).toHaveLength(1);
    expect(container.querySelector('polyline')).toBeNull();
    const date = [...container.querySelectorAll('text')].find((t) => t.textContent === 'Jun 1');
    expect(date?.getAttribute('x')).toBe(container.querySelector('circle.chart-point')?.getAttribute('cx'));
    expect(date?.getAttribute('text-anchor')).toBe('middle');
  });
});
