import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ActivityCalendar } from '@/entrypoints/progress/charts/ActivityCalendar';
import { calendarWeeks } from '@/utils/domain/stats';
import { active, at, day } from '../../../helpers/days';
import { useLocale } from '../../../helpers/use-locale';

// Wednesday 11 June 2025; weeks start on Monday.
const weeks = calendarWeeks(
  {
    '2025-06-02': active(45),
    '2025-06-09': active(30),
    '2025-06-10': day({ satSeconds: 720, blocksEndedEarly: 1 }),
  },
  at(2025, 6, 11),
  2,
  1,
);

describe('ActivityCalendar', () => {
  afterEach(cleanup);

  it('draws a square for each day up to today, filled on days with a finished block', () => {
    const { container } = render(<ActivityCalendar caption="Active days" weeks={weeks} />);
    const squares = [...container.querySelectorAll<SVGRectElement>('rect[data-date]')];
    expect(squares).toHaveLength(10);
    const levelOf = (date: string) => squares.find((s) => s.dataset.date === date)?.getAttribute('class');
    expect(levelOf('2025-06-02')).toBe('calendar-active');
    expect(levelOf('2025-06-09')).toBe('calendar-active');
    expect(levelOf('2025-06-10')).toBe('calendar-sat');
    expect(levelOf('2025-06-03')).toBe('calendar-rest');
    expect(levelOf('2025-06-11')).toBe('calendar-rest calendar-today');
    expect(squares.find((s) => s.dataset.date === '2025-06-12')).toBeUndefined();
  });

  it('names each square with its day and what was done, as the tables write days', () => {
    const { container } = render(<ActivityCalendar caption="Active days" weeks={weeks} />);
    const title = (date: string) => container.querySelector(`rect[data-date="${date}"] title`)?.textContent;
    expect(title('2025-06-02')).toBe('Mon, Jun 2, 2025: 45\u00a0min, block finished');
    expect(title('2025-06-03')).toBe('Tue, Jun 3, 2025: Rest day');
  });

  it('gives the same days as a table: a row per week, a column per weekday', () => {
    render(<ActivityCalendar caption="Active days" weeks={weeks} />);
    const table = screen.getByRole('table', { name: 'Active days' });
    const [head, ...rows] = within(table).getAllByRole('row');
    expect(
      within(head as HTMLElement)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Week of', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']);
    expect(rows).toHaveLength(2);
    const cells = (row: HTMLElement) =>
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent);
    expect(within(rows[0] as HTMLElement).getByRole('rowheader').textContent).toBe('Jun 2');
    expect(cells(rows[0] as HTMLElement)).toEqual([
      '45\u00a0min, block finished',
      'Rest day',
      'Rest day',
      'Rest day',
      'Rest day',
      'Rest day',
      'Rest day',
    ]);
    expect(cells(rows[1] as HTMLElement)).toEqual([
      '30\u00a0min, block finished',
      '12\u00a0min',
      'Rest day',
      '',
      '',
      '',
      '',
    ]);
  });

  it('explains its marks in a legend', () => {
    render(<ActivityCalendar caption="Active days" weeks={weeks} />);
    expect(screen.getByText('Finished a block')).toBeTruthy();
    expect(screen.getByText('On the ball, no block finished')).toBeTruthy();
    expect(screen.getByText('Rest day', { selector: 'li' })).toBeTruthy();
  });
});

describe('ActivityCalendar month names', () => {
  afterEach(cleanup);

  it('names each month over its first week, leaving out a name with no room before the next', () => {
    const names = (weeks: number, now: number) => {
      const { container } = render(<ActivityCalendar caption="Active days" weeks={calendarWeeks({}, now, weeks, 1)} />);
      const texts = [...container.querySelectorAll('text')]
        .filter((t) => ['May', 'Jun', 'Jul', 'Aug'].includes(t.textContent ?? ''))
        .map((t) => `${t.textContent} ${t.getAttribute('text-anchor')}`);
      cleanup();
      return texts;
    };
    // From the week of Monday 26 May: May has one week before June; the week of 4 August is the
    // last, so August, the current month, ends at the edge.
    expect(names(11, at(2025, 8, 6))).toEqual(['Jun start', 'Jul start', 'Aug end']);
    // One week later, August has room after its first week.
    expect(names(12, at(2025, 8, 13))).toEqual(['Jun start', 'Jul start', 'Aug start']);
  });

  it('leaves out a month whose long name would run into the next one', async () => {
    await useLocale('ar');
    try {
      // Tuesday 8 December 2026, weeks from Saturday: November starts five weeks before the
      // current month, too close for two Arabic names at the size a narrow window draws them.
      const { container } = render(
        <ActivityCalendar caption="أيام نشطة" weeks={calendarWeeks({}, at(2026, 12, 8), 26, 6)} />,
      );
      const months = [...container.querySelectorAll('text')]
        .filter((t) => t.getAttribute('y') === '11')
        .map((t) => `${t.textContent} ${t.getAttribute('text-anchor')}`);
      expect(months).toEqual(['يوليو start', 'أغسطس start', 'سبتمبر start', 'أكتوبر start', 'ديسمبر end']);
    } finally {
      await useLocale('en');
    }
  });
});
