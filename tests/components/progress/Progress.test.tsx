import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Progress } from '@/entrypoints/progress/Progress';
import { DEFAULT_SETTINGS } from '@/utils/domain/settings';
import { saveHistory } from '@/utils/storage/glance';
import { blockRunItem, settingsItem } from '@/utils/storage/items';
import { active, at, day } from '../../helpers/days';
import { storeDays } from '../../helpers/stored-days';

const NOW = at(2025, 6, 11, 15);

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const history = {
  '2025-06-08': active(30),
  '2025-06-09': day({
    satSeconds: 3600,
    blocksCompleted: 2,
    breaksCompleted: 1,
    exercises: { plank: { sets: 3, bestHold: 25 } },
  }),
  '2025-06-10': day({
    satSeconds: 1800,
    blocksCompleted: 1,
    breaksCompleted: 2,
    exercises: { plank: { sets: 3, bestHold: 40 }, 'child-pose': { sets: 6, bestHold: 30 } },
  }),
};

function figure(name: string): string | null | undefined {
  return screen.getByText(name, { selector: 'dt' }).nextElementSibling?.querySelector('.figure')?.textContent;
}

describe('the progress page', () => {
  it('welcomes a new person with what to do first', async () => {
    render(<Progress />);
    expect(await screen.findByRole('heading', { name: 'Nothing here yet' })).toBeTruthy();
    expect(screen.getByText(/Switch "On ball" on from the toolbar button/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Settings' }).getAttribute('href')).toBe('/options.html');
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Download CSV' })).toBeNull();
  });

  it('shows streaks, totals, the last 30 days, the calendar and each exercise', async () => {
    await saveHistory(history, Date.now());
    render(<Progress />);
    await screen.findByRole('heading', { name: 'At a glance' });
    expect(figure('Current streak')).toBe('3 days');
    expect(screen.getByText('Finish a block today to make it 4 days.')).toBeTruthy();
    expect(figure('Best streak')).toBe('3 days');
    expect(figure('Time on the ball')).toBe('2\u00a0h');
    expect(figure('Blocks finished')).toBe('4');
    expect(figure('Stretch breaks done')).toBe('3');

    // The charts below the summary load after the page's first frame.
    const minutes = await screen.findByRole('table', { name: 'Minutes on the ball per day' });
    const rows = within(minutes).getAllByRole('row');
    expect(rows).toHaveLength(31);
    expect(rows[29]?.textContent).toBe('Tue, Jun 1030\u00a0min');
    expect(rows[30]?.textContent).toBe('Wed, Jun 110\u00a0min');
    expect(screen.getByText('2 h on the ball; a block was finished on 3 of these days.')).toBeTruthy();
    const breaks = screen.getByRole('table', { name: 'Stretch breaks per day' });
    expect(within(breaks).getAllByRole('row')[29]?.textContent).toBe('Tue, Jun 102');
    expect(screen.getByText('3 stretch breaks in these 30 days.')).toBeTruthy();

    expect(screen.getByRole('table', { name: 'Days with a finished block, last 26 weeks' })).toBeTruthy();

    const plank = screen.getByRole('table', { name: 'Ball plank: longest hold per day' });
    expect(
      within(plank)
        .getAllByRole('row')
        .map((r) => r.textContent),
    ).toEqual(['DayLongest hold (seconds)', 'Mon, Jun 9, 202525\u00a0s', 'Tue, Jun 10, 202540\u00a0s']);
    expect(screen.getByText('First 25 s, latest 40 s, best 40 s.')).toBeTruthy();
    expect(screen.getByRole('table', { name: "Modified child's pose: longest hold per day" })).toBeTruthy();
    expect(screen.queryByRole('table', { name: /Ball spinal rotation/ })).toBeNull();
  });

  it("shows the person's own exercises by the names they gave them, and a deleted one as such", async () => {
    await fakeBrowser.storage.sync.set({
      'custom-b1rd': {
        id: 'custom-b1rd',
        name: '<b>Bird dog</b>',
        steps: '',
        kind: 'hold',
        amount: 20,
        sets: 2,
        perSide: true,
        progression: { step: 5, cap: 40 },
      },
    });
    await saveHistory(
      {
        '2025-06-09': day({ breaksCompleted: 1, exercises: { 'custom-b1rd': { sets: 2, bestHold: 20 } } }),
        '2025-06-10': day({
          breaksCompleted: 1,
          exercises: { 'custom-b1rd': { sets: 2, bestHold: 25 }, 'custom-gone': { sets: 3, bestHold: 0 } },
        }),
      },
      Date.now(),
    );
    render(<Progress />);
    // The name is set apart inside its caption, so it cannot reorder the words of another script.
    const own = await screen.findByRole('table', { name: '\u2068<b>Bird dog</b>\u2069: longest hold per day' });
    expect(
      within(own)
        .getAllByRole('row')
        .map((r) => r.textContent),
    ).toEqual(['DayLongest hold (seconds)', 'Mon, Jun 9, 202520\u00a0s', 'Tue, Jun 10, 202525\u00a0s']);
    expect(screen.getByText('Goal 40 s')).toBeTruthy();
    expect(screen.getByRole('table', { name: 'An exercise you deleted: sets per day' })).toBeTruthy();
    expect(document.querySelector('main b')).toBeNull();
  });

  it('shows answered, snoozed and missed posture checks per day, newest first', async () => {
    await saveHistory(
      {
        ...history,
        '2025-06-09': { ...(history['2025-06-09'] ?? day({})), postureAnswered: 4, postureIgnored: 1 },
        '2025-06-11': day({ postureAnswered: 2, postureSnoozed: 3, postureIgnored: 2 }),
      },
      Date.now(),
    );
    render(<Progress />);
    const table = await screen.findByRole('table', { name: 'Posture checks per day' });
    expect(
      within(table)
        .getAllByRole('row')
        .map((r) => r.textContent),
    ).toEqual(['DayLooks goodSnoozedMissed', 'Wed, Jun 11232', 'Mon, Jun 9401']);
    const section = within(screen.getByRole('region', { name: 'Posture checks' }));
    expect(section.getByRole('heading', { name: 'Last 30 days' })).toBeTruthy();
    const figures = section
      .getAllByRole('term')
      .map((term) => [term.textContent, term.nextElementSibling?.textContent]);
    expect(figures).toEqual([
      ['Looks good', '6'],
      ['Snoozed', '3'],
      ['Missed', '3'],
    ]);
  });

  it('gives the same total in the overview and under the 30-day chart, rounded once', async () => {
    // Each day rounds up to 2 min; together they are 3 min.
    await saveHistory({ '2025-06-09': day({ satSeconds: 90 }), '2025-06-10': day({ satSeconds: 90 }) }, Date.now());
    render(<Progress />);
    await screen.findByRole('heading', { name: 'At a glance' });
    expect(figure('Time on the ball')).toBe('3\u00a0min');
    await screen.findByRole('table', { name: 'Minutes on the ball per day' });
    expect(screen.getByText('3 min on the ball; a block was finished on 0 of these days.')).toBeTruthy();
  });

  it('says where posture checks will show before there are any', async () => {
    await saveHistory(history, Date.now());
    render(<Progress />);
    await screen.findByRole('heading', { name: 'Posture checks' });
    expect(screen.getByText('Posture checks you answer, snooze or miss show here day by day.')).toBeTruthy();
  });

  it('skips an unreadable day, says so, and shows the rest', async () => {
    await storeDays({ ...history, '2025-06-07': { satSeconds: 'lots' }, '2025-06-06': 'garbage' });
    render(<Progress />);
    expect(await screen.findByText('2 days could not be read and are not shown.')).toBeTruthy();
    expect(figure('Current streak')).toBe('3 days');
  });

  it('redraws when the background records a finished block', async () => {
    await saveHistory(history, Date.now());
    render(<Progress />);
    await screen.findByRole('heading', { name: 'At a glance' });
    await saveHistory({ ...history, '2025-06-11': active(25) }, Date.now());
    await waitFor(() => expect(figure('Current streak')).toBe('4 days'));
    expect(screen.getByText('Today already counts.')).toBeTruthy();
  });

  it('moves "today" on when the page is shown again on a new day', async () => {
    await saveHistory({ ...history, '2025-06-11': active(25) }, Date.now());
    render(<Progress />);
    await screen.findByRole('heading', { name: 'At a glance' });
    expect(screen.getByText('Today already counts.')).toBeTruthy();
    // The computer slept through midnight with the page open; it is shown again next morning.
    vi.setSystemTime(at(2025, 6, 12, 9));
    document.dispatchEvent(new Event('visibilitychange'));
    await screen.findByText('Finish a block today to make it 5 days.');
    expect(figure('Current streak')).toBe('4 days');
  });

  it('offers a longer block after several finished in a row, and applies it only when asked', async () => {
    await saveHistory(history, Date.now());
    await blockRunItem.setValue({ minutes: 30, inARow: 5 });
    render(<Progress />);
    await screen.findByRole('heading', { name: 'Ready for a longer block?' });
    expect(screen.getByText(/You finished 5 blocks of 30 minutes in a row\. .* try 35 minutes\./)).toBeTruthy();
    expect((await settingsItem.getValue()).blockMinutes).toBe(30);

    fireEvent.click(screen.getByRole('button', { name: 'Set blocks to 35 minutes' }));
    const status = await screen.findByText('Blocks are now 35 minutes long.');
    expect(status.getAttribute('role')).toBe('status');
    expect(await settingsItem.getValue()).toEqual({ ...DEFAULT_SETTINGS, blockMinutes: 35 });
    await waitFor(() => expect(screen.queryByRole('button', { name: /Set blocks to/ })).toBeNull());
    expect(document.activeElement).toBe(status);
  });

  it('downloads the history as a CSV file', async () => {
    await saveHistory(history, Date.now());
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:history';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const names: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    render(<Progress />);
    fireEvent.click(await screen.findByRole('button', { name: 'Download CSV' }));
    expect(names).toEqual(['On the Ball history 2025-06-11.csv']);
    const bytes = new Uint8Array((await blobs[0]?.arrayBuffer()) ?? new ArrayBuffer(0));
    // UTF-8's byte order mark first, so spreadsheets read the headers in any script.
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes).split('\r\n');
    expect(lines[0]?.split(',').slice(0, 3)).toEqual(['Day', 'Minutes on the ball', 'Blocks finished']);
    expect(lines[0]?.split(',').slice(-2)).toEqual([
      'Wall squat with ball: sets',
      'Wall squat with ball: longest hold (seconds)',
    ]);
    expect(lines.slice(1, 4).map((l) => l.slice(0, 10))).toEqual(['2025-06-08', '2025-06-09', '2025-06-10']);
  });
});
