import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { longHistory } from '../helpers/long-history';
import { closeToolbarPopup, type Extension, expectNoAxeViolations, launchExtension, openToolbarPopup } from './harness';
import { storeBlockDone } from './sessions';

function badge(ext: Extension): Promise<string> {
  return ext.evalWorker(() => chrome.action.getBadgeText({}));
}

function phase(ext: Extension): Promise<string> {
  return ext.evalWorker(async () => ((await chrome.storage.local.get('session')).session as { phase: string }).phase);
}

async function openPopup(ext: Extension): Promise<Page> {
  const popup = await ext.page('/popup.html');
  await popup.setViewportSize({ width: 320, height: 600 });
  await popup.getByRole('switch', { name: 'On ball' }).waitFor();
  return popup;
}

/** Checks the page in the light and the dark theme. */
async function expectAccessible(page: Page): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await expectNoAxeViolations(page);
  }
}

describe('the popup in the built extension', () => {
  let ext: Extension;

  beforeAll(async () => {
    ext = await launchExtension();
  });

  afterAll(async () => {
    await ext.close();
  });

  it('is accessible off ball, with the first-run welcome, and hides the welcome once dismissed', async () => {
    const popup = await openPopup(ext);
    await expect(popup.getByRole('region', { name: 'Welcome' }).textContent()).resolves.toContain(
      'see a doctor or physical therapist',
    );
    await expectAccessible(popup);
    await popup.getByRole('button', { name: 'Got it' }).click();
    // Closed at once, as a person may: the dismissal must still be stored.
    await popup.close();
    await expect
      .poll(() =>
        ext.evalWorker(async () => (await chrome.storage.local.get('popupWelcomeDismissed')).popupWelcomeDismissed),
      )
      .toBe(true);

    const again = await openPopup(ext);
    expect(await again.getByRole('region', { name: 'Welcome' }).count()).toBe(0);
    await expect.poll(() => again.getByRole('region', { name: 'Today' }).textContent()).toContain('Blocks done0');
    await expectAccessible(again);
    await again.close();
  });

  it('switches on from the keyboard, and shows the minutes the badge shows', async () => {
    const popup = await openPopup(ext);
    const toggle = popup.getByRole('switch', { name: 'On ball' });
    await popup.keyboard.press('Tab');
    await expect.poll(() => toggle.evaluate((el) => el === document.activeElement)).toBe(true);
    await popup.keyboard.press('Space');

    await expect.poll(() => toggle.getAttribute('aria-checked')).toBe('true');
    await expect.poll(() => badge(ext)).toBe('30');
    const shown = await popup.getByText(/^\d+\smin left$/).textContent();
    expect(shown).toBe(`${await badge(ext)}\u00a0min left`);
    expect(await toggle.evaluate((el) => el === document.activeElement)).toBe(true);
    await expectAccessible(popup);

    await popup.getByRole('button', { name: 'Pause' }).click();
    await expectAccessible(popup);
    await popup.getByRole('button', { name: '15 minutes' }).click();
    await expect.poll(() => phase(ext)).toBe('paused');
    await popup.getByRole('button', { name: 'Resume' }).waitFor();
    await expectAccessible(popup);

    await popup.getByRole('button', { name: 'Resume' }).click();
    await expect.poll(() => phase(ext)).toBe('sitting');
    // The pressed button went away with the pause, so focus is back on the switch.
    await expect.poll(() => toggle.evaluate((el) => el === document.activeElement)).toBe(true);
    await popup.keyboard.press('Enter');
    await expect.poll(() => phase(ext)).toBe('off');
    await expect.poll(() => toggle.getAttribute('aria-checked')).toBe('false');
    await popup.close();
  });

  it('is accessible when a block is done, and "Start stretch break" opens the guided break', async () => {
    await storeBlockDone(ext);
    const popup = await openPopup(ext);
    await popup.getByRole('heading', { name: 'Block done' }).waitFor();
    await expectAccessible(popup);

    const opened = ext.context.waitForEvent('page', { predicate: (p) => p.url().endsWith('/stretch.html') });
    const closed = popup.waitForEvent('close');
    await popup.getByRole('button', { name: 'Start stretch break' }).click();
    const stretch = await opened;
    expect(new URL(stretch.url()).host).toBe(ext.extensionId);
    await closed;
    expect(await phase(ext)).toBe('onBreak');
    await stretch.close();
  });

  it('opens the options page from "Settings" and the progress page from "Your progress"', async () => {
    for (const [name, path] of [
      ['Settings', '/options.html'],
      ['Your progress', '/progress.html'],
    ] as const) {
      const popup = await openPopup(ext);
      const opened = ext.context.waitForEvent('page', { predicate: (p) => p.url().endsWith(path) });
      const closed = popup.waitForEvent('close');
      await popup.getByRole('link', { name }).click();
      const page = await opened;
      expect(new URL(page.url()).host).toBe(ext.extensionId);
      await closed;
      await page.close();
    }
  });

  it('opens from the toolbar icon with the stored state and today’s figures, even with years of history', async () => {
    const control = await ext.page('/manifest.json');
    const history = longHistory();
    const reply = await control.evaluate(
      (days) => chrome.runtime.sendMessage({ type: 'importBackup', id: 'long-history', history: days, settings: {} }),
      history,
    );
    expect(reply).toMatchObject({ ok: true });
    await control.evaluate(() => chrome.runtime.sendMessage({ type: 'setOnBall', on: false }));
    expect(await phase(ext)).toBe('off');

    const view = await openToolbarPopup(await ext.worker(), control);
    const shown = await view.evaluate(async (popup) => {
      while (!popup.performance.getEntriesByName('popup-ready')[0]) await new Promise((done) => setTimeout(done, 5));
      return {
        on: popup.document.querySelector('[role="switch"]')?.getAttribute('aria-checked'),
        today: popup.document.querySelector('[aria-labelledby="today-title"]')?.textContent,
        width: popup.innerWidth,
      };
    });
    await closeToolbarPopup(view);
    await control.close();

    expect(shown.on).toBe('false');
    expect(shown.today).toContain('On the ball3\u00a0hBlocks done');
    expect(shown.today).toContain('Blocks done5');
    expect(shown.today).toContain('Breaks done4');
    expect(shown.today).toContain(`Streak${Object.keys(history).length} days`);
    expect(shown.width).toBeGreaterThanOrEqual(300);
  });
});
