import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dayKey } from '@/utils/domain/history';
import { type Extension, expectNoAxeViolations, launchExtension } from './harness';
import { layoutProblems } from './layout';
import { storedHistory } from './stored-history';

interface Stored {
  session: { phase: string };
  today: {
    breaksCompleted: number;
    exercises: Record<string, { sets: number; bestHold: number }>;
  } | null;
  progression: Record<string, number> | undefined;
}

/** The session, today's history and the progression, read back from the worker. */
async function stored(ext: Extension): Promise<Stored> {
  const days = await storedHistory<Stored['today']>(ext);
  const { session, progression } = await ext.evalWorker(
    async () => (await chrome.storage.local.get(['session', 'progression'])) as never as Omit<Stored, 'today'>,
  );
  return { session, progression, today: days[dayKey(Date.now())] ?? null };
}

function useRoutine(ext: Extension, breaks: string[]): Promise<void> {
  return ext.evalWorker((chosen) => chrome.storage.sync.set({ settings: { breaks: chosen, restSeconds: 0 } }), breaks);
}

/** Starts a break from the popup, as a person would, and returns the stretch tab it opens. */
async function startBreakFromPopup(ext: Extension): Promise<Page> {
  const popup = await ext.page('/popup.html');
  const opened = ext.context.waitForEvent('page', { predicate: (p) => p.url().endsWith('/stretch.html') });
  const button = popup.getByRole('button', { name: 'Start stretch break' });
  if ((await button.count()) > 0) await button.click();
  else await popup.evaluate(() => chrome.runtime.sendMessage({ type: 'startBreak' }));
  const page = await opened;
  await popup.close();
  return page;
}

async function seconds(page: Page, name: string): Promise<number> {
  return Number(await page.getByRole('timer', { name }).locator('.countdown-value').textContent());
}

async function acknowledgeAndStart(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'I understand' }).click();
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('timer', { name: 'Get ready' }).waitFor();
}

describe('the guided stretch break in the built extension', () => {
  let ext: Extension;

  beforeEach(async () => {
    ext = await launchExtension();
  });

  afterEach(async () => {
    await ext.close();
  });

  it('opens one stretch tab however quickly a break is asked for again', async () => {
    const control = await ext.page('/manifest.json');
    const replies = await control.evaluate(() =>
      Promise.all([1, 2, 3, 4, 5].map(() => chrome.runtime.sendMessage({ type: 'startBreak' }))),
    );
    expect(replies.every((reply) => reply.ok && reply.session.phase === 'onBreak')).toBe(true);
    const stretchTabs = () => ext.context.pages().filter((p) => p.url().endsWith('/stretch.html'));
    await expect.poll(() => stretchTabs().length).toBe(1);
    // Asking again shows the same tab rather than opening another.
    expect((await control.evaluate(() => chrome.runtime.sendMessage({ type: 'startBreak' }))).ok).toBe(true);
    expect(stretchTabs()).toHaveLength(1);
    expect((await stored(ext)).session.phase).toBe('onBreak');
  });

  it('runs a break from the popup to the history, accessibly', async () => {
    await useRoutine(ext, ['plank', 'wall-squat']);
    const page = await startBreakFromPopup(ext);
    await expect.poll(async () => (await stored(ext)).session.phase).toBe('onBreak');

    await page.getByRole('heading', { name: 'Before your first stretch break' }).waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'I understand' }).click();
    await page.getByRole('button', { name: 'Start' }).waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Start' }).click();

    // The get-ready count runs down on its own.
    const first = await seconds(page, 'Get ready');
    await expect.poll(() => seconds(page, 'Get ready')).toBeLessThan(first);

    // Space pauses: the number stays put.
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Resume' }).waitFor();
    const paused = await seconds(page, 'Get ready');
    await page.waitForTimeout(2000);
    expect(await seconds(page, 'Get ready')).toBe(paused);
    await expectNoAxeViolations(page);

    // The right arrow skips to the hold, still paused at its full 25 s; once resumed it runs to the end.
    await page.keyboard.press('ArrowRight');
    await page.getByRole('timer', { name: 'Hold' }).waitFor();
    expect(await seconds(page, 'Hold')).toBe(25);
    expect(await page.getByText('Set 1 of 3', { exact: true }).count()).toBe(1);
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Pause' }).waitFor();
    await page.getByText('Set 2 of 3', { exact: true }).waitFor({ timeout: 30_000 });

    // Skip the rest of the plank, then do both sets of wall squats.
    for (const next of ['Hold', 'Get ready', 'Hold', 'Get ready']) {
      await page.keyboard.press('ArrowRight');
      await page.getByRole('timer', { name: next }).waitFor();
    }
    await page.keyboard.press('ArrowRight');
    await page.getByRole('button', { name: 'Set done' }).click();
    await page.getByText('Set 2 of 2', { exact: true }).waitFor();
    await page.keyboard.press('ArrowRight');
    await page.getByRole('button', { name: 'Set done' }).click();

    await page.getByRole('heading', { name: 'Well done' }).waitFor();
    await page.getByText('Saved to your history.').waitFor();
    await expectNoAxeViolations(page);
    const after = await stored(ext);
    expect(after.today?.breaksCompleted).toBe(1);
    expect(after.today?.exercises).toEqual({
      plank: { sets: 1, bestHold: 25 },
      'wall-squat': { sets: 2, bestHold: 0 },
    });

    await page.getByRole('button', { name: 'Easy' }).click();
    await page.getByText('Ball plank: 35 s of 60 s', { exact: true }).first().waitFor();
    expect((await stored(ext)).progression).toEqual({ plank: 35 });

    const closed = page.waitForEvent('close');
    await page.getByRole('button', { name: 'Back on the ball' }).click();
    await closed;
    await expect.poll(async () => (await stored(ext)).session.phase).toBe('sitting');
  });

  it('records what was done and ends the break when its tab is closed', async () => {
    await useRoutine(ext, ['wall-squat']);
    const page = await startBreakFromPopup(ext);
    await acknowledgeAndStart(page);
    await page.keyboard.press('ArrowRight');
    await page.getByRole('button', { name: 'Set done' }).click();
    await page.getByText('Set 2 of 2', { exact: true }).waitFor();
    await page.close();

    await expect.poll(async () => (await stored(ext)).session.phase).toBe('off');
    expect((await stored(ext)).today?.exercises).toEqual({ 'wall-squat': { sets: 1, bestHold: 0 } });
  });

  it('starts the break again in the same tab after a reload, and records it', async () => {
    await useRoutine(ext, ['wall-squat']);
    const page = await startBreakFromPopup(ext);
    await page.getByRole('button', { name: 'I understand' }).click();
    await page.getByRole('button', { name: 'Start' }).waitFor();
    // A reload goes away as a closing tab does: its last report ends the break.
    await page.reload();
    await expect.poll(async () => (await stored(ext)).session.phase).toBe('off');

    await page.getByRole('button', { name: 'Start' }).click();
    await expect.poll(async () => (await stored(ext)).session.phase).toBe('onBreak');
    await page.keyboard.press('ArrowRight');
    await page.getByRole('button', { name: 'Set done' }).click();
    await page.getByText('Set 2 of 2', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'End break' }).click();
    await page.getByText('Saved to your history.').waitFor();
    expect((await stored(ext)).today?.exercises).toEqual({ 'wall-squat': { sets: 1, bestHold: 0 } });
    expect(ext.context.pages().filter((p) => p.url().includes('/stretch.html'))).toHaveLength(1);
  });

  it('pauses with Space after Skip was clicked, as its keys hint says', async () => {
    await useRoutine(ext, ['plank']);
    const page = await startBreakFromPopup(ext);
    await acknowledgeAndStart(page);
    await page.getByRole('button', { name: 'Skip' }).click();
    await page.getByRole('timer', { name: 'Hold' }).waitFor();
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Resume' }).waitFor();
    expect(await page.getByRole('timer', { name: 'Hold' }).count()).toBe(1);
  });

  it('stops the break page when the popup ends its break, and opens the next break in a tab of its own', async () => {
    await useRoutine(ext, ['wall-squat']);
    const first = await startBreakFromPopup(ext);
    await acknowledgeAndStart(first);
    await first.keyboard.press('ArrowRight');
    await first.getByRole('button', { name: 'Set done' }).click();
    await first.getByText('Set 2 of 2', { exact: true }).waitFor();

    const popup = await ext.page('/popup.html');
    await popup.getByRole('button', { name: 'Done for now' }).click();
    await first.getByRole('heading', { name: 'This stretch break has ended' }).waitFor();
    expect(await first.getByRole('timer').count()).toBe(0);
    await expect
      .poll(async () => (await stored(ext)).today?.exercises)
      .toEqual({ 'wall-squat': { sets: 1, bestHold: 0 } });
    expect((await stored(ext)).session.phase).toBe('off');

    // The old tab stays open; a quick break asked for now runs in a tab of its own, at once.
    const opened = ext.context.waitForEvent('page', { predicate: (p) => p.url().includes('/stretch.html?') });
    await popup.getByRole('button', { name: 'Quick break' }).click();
    const second = await opened;
    await second.getByRole('heading', { name: 'Quick break' }).waitFor();
    expect(await second.getByRole('heading', { name: 'Your stretch break is open in another tab' }).count()).toBe(0);
    await popup.close();
  });

  it('keeps an own exercise named in one long word inside a narrow window, on the break and the progress page', async () => {
    const word = 'Oberschenkelrückseitendehnungsübungmitball';
    await ext.evalWorker(
      (name) =>
        chrome.storage.sync.set({
          'custom-long': {
            id: 'custom-long',
            name,
            steps: '',
            kind: 'reps',
            amount: 10,
            sets: 2,
            perSide: false,
            progression: null,
          },
          settings: {
            restSeconds: 0,
            routines: {
              full: [
                { id: 'custom-long', on: true, sets: 2 },
                { id: 'plank', on: true, sets: 1 },
              ],
              quick: [{ id: 'rotation', on: true, sets: 1 }],
            },
          },
        }),
      word,
    );
    const page = await startBreakFromPopup(ext);
    await page.setViewportSize({ width: 360, height: 800 });
    await page.getByRole('button', { name: 'I understand' }).click();
    await page.getByRole('heading', { level: 3, name: word }).waitFor();
    expect(await layoutProblems(page)).toEqual([]);
    await page.getByRole('button', { name: 'Start' }).click();
    await page.keyboard.press('ArrowRight');
    await page.getByRole('button', { name: 'Set done' }).waitFor();
    expect(await layoutProblems(page)).toEqual([]);
    // The count of repetitions stays inside its ring.
    const inRing = await page.evaluate(() => {
      const ring = document.querySelector('.ring')?.getBoundingClientRect();
      const count = document.querySelector('.countdown-untimed')?.getBoundingClientRect();
      return !!ring && !!count && count.left >= ring.left && count.right <= ring.right;
    });
    expect(inRing).toBe(true);
    await page.getByRole('button', { name: 'Set done' }).click();
    await page.getByRole('button', { name: 'End break' }).click();
    await page.getByText('Saved to your history.').waitFor();
    expect(await layoutProblems(page)).toEqual([]);

    const progress = await ext.page('/progress.html');
    await progress.setViewportSize({ width: 360, height: 800 });
    await progress.getByText(word).first().waitFor();
    expect(await layoutProblems(progress)).toEqual([]);
  });

  it('runs one break at a time when the page is opened twice', async () => {
    await useRoutine(ext, ['plank']);
    const first = await startBreakFromPopup(ext);
    await acknowledgeAndStart(first);
    await first.keyboard.press('ArrowRight');
    await first.getByRole('timer', { name: 'Hold' }).waitFor();
    // Once the hold has run a little, pause it: a paused count stands still, so what the
    // second tab shows can be compared exactly, however long the hand-over takes.
    await expect.poll(() => seconds(first, 'Hold'), { timeout: 10_000 }).toBeLessThan(25);
    await first.keyboard.press('Space');
    await first.getByRole('button', { name: 'Resume' }).waitFor();
    const held = await seconds(first, 'Hold');

    const second = await ext.page('/stretch.html');
    await second.getByRole('heading', { name: 'Your stretch break is open in another tab' }).waitFor();
    await expectNoAxeViolations(second);
    await second.getByRole('button', { name: 'Continue here' }).click();

    // The break carries on in the second tab where it stood, mid-hold and still paused;
    // the first one steps aside.
    await second.getByRole('timer', { name: 'Hold' }).waitFor();
    await second.getByRole('button', { name: 'Resume' }).waitFor();
    expect(await seconds(second, 'Hold')).toBe(held);
    await first.getByRole('heading', { name: 'Your stretch break is open in another tab' }).waitFor();
    expect(await first.getByRole('timer').count()).toBe(0);
  });
});
