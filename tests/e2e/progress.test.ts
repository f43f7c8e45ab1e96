import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Extension, expectNoAxeViolations, launchExtension } from './harness';
import { storedHistory } from './stored-history';

interface Day {
  satSeconds: number;
  blocksCompleted: number;
  breaksCompleted: number;
  exercises: Record<string, { sets: number; bestHold: number }>;
}

/** Sends a command as any extension page does, and returns the reply. */
function send(page: Page, command: unknown): Promise<{ ok: boolean }> {
  return page.evaluate((message) => chrome.runtime.sendMessage(message), command);
}

function figure(page: Page, name: string) {
  return page.locator('dt', { hasText: name }).locator('xpath=following-sibling::dd[1]').locator('.figure');
}

describe('progress page in the built extension', () => {
  let ext: Extension;
  let page: Page;

  beforeAll(async () => {
    ext = await launchExtension();
    await ext.evalWorker(() => chrome.storage.sync.set({ settings: { blockMinutes: 1 } }));
    page = await ext.page('/progress.html');
  });

  afterAll(async () => {
    await ext.close();
  });

  it('welcomes a new person before anything is recorded', async () => {
    await page.getByRole('heading', { name: 'Nothing here yet' }).waitFor();
    expect(await page.title()).toBe('Your progress · On the Ball');
    await expectNoAxeViolations(page);
  });

  it('shows a finished block and a stretch break, with streak, charts and tables', async () => {
    expect((await send(page, { type: 'setOnBall', on: true })).ok).toBe(true);
    // The block-end alarm wakes the worker after one minute; the open page redraws from storage.
    await expect
      .poll(() => figure(page, 'Blocks finished').textContent(), { timeout: 80_000, interval: 1000 })
      .toBe('1');
    // A break is recorded only while one runs.
    expect((await send(page, { type: 'startBreak' })).ok).toBe(true);
    const finished = await send(page, {
      type: 'finishBreak',
      result: { completed: true, exercises: [{ id: 'plank', sets: 3, holdSeconds: 25 }] },
    });
    expect(finished.ok).toBe(true);

    const history = await storedHistory<Day>(ext);
    const { blockRun } = await ext.evalWorker(() => chrome.storage.local.get('blockRun'));
    expect(Object.values(history)).toEqual([
      expect.objectContaining({
        satSeconds: 60,
        blocksCompleted: 1,
        breaksCompleted: 1,
        exercises: { plank: { sets: 3, bestHold: 25 } },
      }),
    ]);
    expect(blockRun).toEqual({ minutes: 1, inARow: 1 });

    await expect.poll(() => figure(page, 'Stretch breaks done').textContent()).toBe('1');
    expect(await figure(page, 'Current streak').textContent()).toBe('1 day');
    expect(await figure(page, 'Best streak').textContent()).toBe('1 day');
    expect(await figure(page, 'Time on the ball').textContent()).toBe('1\u00a0min');
    await page.getByText('Today already counts.').waitFor();

    const minutes = page.getByRole('table', { name: 'Minutes on the ball per day' });
    expect(await minutes.getByRole('row').count()).toBe(31);
    expect(await minutes.getByRole('row').last().getByRole('cell').textContent()).toBe('1\u00a0min');
    const breaks = page.getByRole('table', { name: 'Stretch breaks per day' });
    expect(await breaks.getByRole('row').last().getByRole('cell').textContent()).toBe('1');
    const calendar = page.getByRole('table', { name: 'Days with a finished block, last 26 weeks' });
    expect(await calendar.getByRole('cell', { name: '1 min, block finished' }).count()).toBe(1);
    const plank = page.getByRole('table', { name: 'Ball plank: longest hold per day' });
    expect(await plank.getByRole('cell').allTextContents()).toEqual(['25\u00a0s']);
    expect(await page.locator('rect.chart-bar').count()).toBe(2);

    await expectNoAxeViolations(page);
  }, 120_000);

  it('shows a table on screen on request, passing the accessibility checks in dark mode too', async () => {
    const toggle = page.getByRole('button', { name: 'Show as a table' }).first();
    await toggle.focus();
    await page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByRole('table', { name: 'Minutes on the ball per day' }).isVisible()).toBe(true);
    await expectNoAxeViolations(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectNoAxeViolations(page);
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('keeps the labels of its charts and calendar readable in a narrow window', async () => {
    /** The smallest label of the bar and line charts and the calendar, in CSS pixels as drawn on the screen. */
    const smallestLabel = () =>
      page.evaluate(() =>
        Math.min(
          ...[...document.querySelectorAll<SVGSVGElement>('svg.chart-plot, svg.calendar-plot')].flatMap((svg) => {
            const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
            return [...svg.querySelectorAll('text')].map((text) => parseFloat(getComputedStyle(text).fontSize) * scale);
          }),
        ),
      );
    // The two bar charts and the plank's line, from the test before, and the calendar.
    expect(await page.locator('svg.chart-plot').count()).toBe(3);
    expect(await page.locator('svg.calendar-plot').count()).toBe(1);
    const wide = page.viewportSize();
    try {
      for (const width of [1280, 400, 360]) {
        await page.setViewportSize({ width, height: 900 });
        // Labels are drawn at 11px at full size; below 9px they are hard to read.
        await expect.poll(smallestLabel, { message: `${width}px` }).toBeGreaterThanOrEqual(9);
      }
    } finally {
      if (wide) await page.setViewportSize(wide);
    }
  });

  it('downloads the history as CSV, one row per day', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^On the Ball history \d{4}-\d{2}-\d{2}\.csv$/);
    const path = await download.path();
    const text = readFileSync(path, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text.slice(1).trim().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]?.startsWith('Day,Minutes on the ball,Blocks finished,')).toBe(true);
    expect(lines[1]).toMatch(/^\d{4}-\d{2}-\d{2},1,1,0,0,0,0,1,3,25,/);
  });
});
