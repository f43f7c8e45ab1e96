import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickOn, expectNoAxeViolations, type FirefoxExtension, launchFirefox, shows, until } from './harness';

const BLOCK = 'Sitting block (minutes)';
const POSTURE = 'Posture check every (minutes)';

/** The field labelled `label`: its value, validity and message line. */
function field(page: Page, label: string) {
  return page.evaluate((text) => {
    const tag = [...document.querySelectorAll('label')].find((l) => l.textContent?.trim() === text);
    const input = tag ? document.getElementById(tag.htmlFor) : null;
    if (!(input instanceof HTMLInputElement)) return null;
    const message = input.closest('.field')?.querySelector('.field-message')?.textContent ?? '';
    return { value: input.value, invalid: input.getAttribute('aria-invalid') === 'true', message };
  }, label);
}

/** Types into the field labelled `label` from the keyboard, replacing its text, and presses Enter. */
async function typeInto(page: Page, label: string, text: string): Promise<void> {
  const handle = await page.evaluateHandle((wanted) => {
    const tag = [...document.querySelectorAll('label')].find((l) => l.textContent?.trim() === wanted);
    return tag ? document.getElementById(tag.htmlFor) : null;
  }, label);
  const input = handle.asElement() as ElementHandle<Element> | null;
  if (!input) throw new Error(`No field labelled "${label}".`);
  await input.click({ count: 3 });
  await page.keyboard.press('Backspace');
  if (text) await input.type(text);
  await page.keyboard.press('Enter');
}

describe('the pages in Firefox', () => {
  let ext: FirefoxExtension;

  beforeAll(async () => {
    ext = await launchFirefox();
  });

  afterAll(async () => {
    expect(ext.errors()).toEqual([]);
    await ext.close();
  });

  it('puts its button on the toolbar at install, not in the extensions menu', async () => {
    const onToolbar = await ext.evalChrome<string[]>('CustomizableUI.getWidgetIdsInArea(CustomizableUI.AREA_NAVBAR)');
    expect(onToolbar).toContain('on-the-ball_on-the-ball_app-browser-action');
  });

  it('options save a block length, keep it after a reload and refuse a bad value', async () => {
    const page = await ext.page('/options.html');
    await until(
      () => field(page, BLOCK),
      (f) => f?.value === '30',
      'the options form',
    );
    await expectNoAxeViolations(page);

    await typeInto(page, BLOCK, '45');
    await until(
      () => field(page, BLOCK),
      (f) => f?.message === 'Saved',
      '"Saved"',
    );
    const stored = () => ext.evalBackground(async (api) => (await api.storage.sync.get('settings')).settings);
    expect(await stored()).toMatchObject({ blockMinutes: 45 });

    const reloaded = await ext.page('/options.html');
    await until(
      () => field(reloaded, BLOCK),
      (f) => f?.value === '45',
      'the saved length after a reload',
    );

    await typeInto(reloaded, BLOCK, 'abc');
    await typeInto(reloaded, POSTURE, '');
    const refused = await until(
      () => field(reloaded, BLOCK),
      (f) => f?.invalid === true,
      'the field to be refused',
    );
    expect(refused?.message).toContain('"abc" is not a number.');
    await expectNoAxeViolations(reloaded);
    await typeInto(reloaded, BLOCK, '0');
    await until(
      () => field(reloaded, BLOCK),
      (f) => f?.message.includes('0 is out of range.') === true,
      'range',
    );
    expect(await stored()).toMatchObject({ blockMinutes: 45 });
  });

  it('the stretch page renders its safety note and its start, accessibly, and stops when the popup ends its break', async () => {
    const page = await ext.page('/stretch.html');
    await until(() => shows(page, 'h1, h2', 'Before your first stretch break'), Boolean, 'the safety note');
    await expectNoAxeViolations(page);
    await clickOn(page, 'button', 'I understand');
    await until(() => shows(page, 'button', 'Start'), Boolean, 'the start button');
    await expectNoAxeViolations(page);
    await clickOn(page, 'button', 'Start');
    await until(() => shows(page, '[role="timer"]', 'Get ready'), Boolean, 'the get-ready countdown');

    const popup = await ext.page('/popup.html');
    await clickOn(popup, 'button', 'Done for now');
    await until(() => shows(page, 'h2', 'This stretch break has ended'), Boolean, 'the ended break');
    expect(await page.evaluate(() => document.querySelectorAll('[role="timer"]').length)).toBe(0);
    // The tab left open no longer holds the break: the next one starts in a tab of its own.
    const next = await ext.page('/stretch.html?routine=quick');
    await until(() => shows(next, 'h2', 'Your quick break'), Boolean, 'the next break');
  });

  it('the progress page renders for a new person, accessibly', async () => {
    const page = await ext.page('/progress.html');
    await until(() => shows(page, 'h1, h2', 'Nothing here yet'), Boolean, 'the welcome');
    expect(await page.evaluate(() => document.title)).toBe('Your progress · On the Ball');
    await expectNoAxeViolations(page);
  });
});
