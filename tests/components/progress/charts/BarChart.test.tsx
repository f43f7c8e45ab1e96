import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { type Bar, BarChart } from '@/entrypoints/progress/charts/BarChart';

const bars: Bar[] = [
  { key: '2025-06-01', label: 'Sun, Jun 1', axisLabel: 'Jun 1', value: 40, text: '40 min' },
  { key: '2025-06-02', label: 'Mon, Jun 2', axisLabel: '', value: 0, text: '0 min' },
  { key: '2025-06-03', label: 'Tue, Jun 3', axisLabel: '', value: 20, text: '20 min' },
];

function renderChart() {
  return render(
    <BarChart
      caption="Minutes on the ball per day"
      summary="1 h on the ball"
      labelHeader="Day"
      valueHeader="Minutes on the ball"
      bars={bars}
    />,
  );
}

describe('BarChart', () => {
  afterEach(cleanup);

  it('draws a bar for each day with a value, as tall as its share of the axis', () => {
    const { container } = renderChart();
    const rects = [...container.querySelectorAll<SVGRectElement>('rect.chart-bar')];
    expect(rects.map((r) => r.dataset.key)).toEqual(['2025-06-01', '2025-06-03']);
    const heights = rects.map((r) => Number(r.getAttribute('height')));
    expect(heights[0]).toBeCloseTo(2 * (heights[1] ?? 0));
    expect(rects[0]?.querySelector('title')?.textContent).toBe('Sun, Jun 1: 40 min');
    // The drawing stays out of the accessibility tree: the table tells the same.
    expect(container.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
  });

  it('labels the axis with a round top and the chosen days', () => {
    const { container } = renderChart();
    const texts = [...container.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).toEqual(['0', '20', '40', 'Jun 1']);
  });

  it('starts the first day label at its bar, clear of the axis, and ends the last at the edge', () => {
    const labelled = bars.map((bar) => ({ ...bar, axisLabel: bar.key.slice(5) }));
    const { container } = render(
      <BarChart caption="Minutes" labelHeader="Day" valueHeader="Minutes" bars={labelled} />,
    );
    const place = (text: string) => {
      const label = [...container.querySelectorAll('text')].find((t) => t.textContent === text);
      return [Number(label?.getAttribute('x')), label?.getAttribute('text-anchor')];
    };
    const zero = [...container.querySelectorAll('text')].find((t) => t.textContent === '0');
    const [firstX, firstAnchor] = place('06-01');
    expect(firstAnchor).toBe('start');
    expect(firstX).toBeGreaterThan(Number(zero?.getAttribute('x')));
    expect(place('06-02')[1]).toBe('middle');
    expect(place('06-03')).toEqual([600, 'end']);
  });

  it('gives the same data as a table named by the caption', () => {
    renderChart();
    const table = screen.getByRole('table', { name: 'Minutes on the ball per day' });
    const rows = within(table).getAllByRole('row');
    expect(rows.map((row) => row.textContent)).toEqual([
      'DayMinutes on the ball',
      'Sun, Jun 140 min',
      'Mon, Jun 20 min',
      'Tue, Jun 320 min',
    ]);
    expect(within(table).getByRole('rowheader', { name: 'Tue, Jun 3' })).toBeTruthy();
    expect(screen.getByText('1 h on the ball')).toBeTruthy();
  });

  it('shows the table on screen on request', () => {
    renderChart();
    const table = screen.getByRole('table');
    expect(table.parentElement?.classList.contains('visually-hidden')).toBe(true);
    const toggle = screen.getByRole('button', { name: 'Show as a table', pressed: false });
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    expect(table.parentElement?.classList.contains('visually-hidden')).toBe(false);
    // Shown, a table wider than the page scrolls in a box that keys can reach.
    const box = screen.getByRole('group', { name: 'Minutes on the ball per day' });
    expect(box).toBe(table.parentElement);
    expect(box.tabIndex).toBe(0);
    fireEvent.click(toggle);
    expect(screen.queryByRole('group')).toBeNull();
    expect(table.parentElement?.getAttribute('tabindex')).toBeNull();
  });

  it('draws an empty axis when every value is zero', () => {
    const { container } = render(
      <BarChart
        caption="Breaks"
        labelHeader="Day"
        valueHeader="Breaks"
        bars={bars.map((b) => ({ ...b, value: 0, text: '0' }))}
      />,
    );
    expect(container.querySelectorAll('rect.chart-bar')).toHaveLength(0);
    expect(screen.getAllByRole('row')).toHaveLength(4);
  });
});
