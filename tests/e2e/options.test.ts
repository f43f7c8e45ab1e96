import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Extension, expectNoAxeViolations, launchExtension } from './harness';

const BLOCK = 'Sitting block (minutes)';

interface Stored {
  settings?: { blockMinutes: number; postureMinutes: number; breaks: string[] };
  session?: { phase: string; block: { startedAt: number; endsAt: number; lengthMinutes: number } | null };
}

function read(ext: Extension): Promise<Stored> {
  return ext.evalWorker(async () => {
    const { settings } = await chrome.storage.sync.get('settings');
    const { session } = await chrome.storage.local.get('session');
    return { settings, session } as never;
  });
}

async function openOptions(ext: Extension): Promise<Page> {
  const page = await ext.page('/options.html');
  await page.getByLabel(BLOCK, { exact: true }).waitFor();
  return page;
}

/** The "Saved" or error line of the field labelled `label`. */
function messageOf(page: Page, label: string) {
  return page.locator('.field', { has: page.getByLabel(label, { exact: true }) }).locator('.field-message');
}

async function setBlock(page: Page, minutes: string): Promise<void> {
  const field = page.getByLabel(BLOCK, { exact: true });
  await field.fill(minutes);
  await field.press('Enter');
}

describe('options page in the built extension', () => {
  let ext: Extension;

  beforeEach(async () => {
    ext = await launchExtension();
  });

  afterEach(async () => {
    await ext.close();
  });

  it('keeps a value typed just before the tab is closed', async () => {
    const page = await openOptions(ext);
    await page.getByLabel(BLOCK, { exact: true }).fill('50');
    await page.close();
    await expect.poll(async () => (await read(ext)).settings?.blockMinutes).toBe(50);
  });

  it('keeps a saved block length across reloads and refuses every bad value', async () => {
    const page = await openOptions(ext);
    await expectNoAxeViolations(page);

    await setBlock(page, '45');
    await expect.poll(() => messageOf(page, BLOCK).textContent()).toBe('Saved');
    await expect.poll(async () => (await read(ext)).settings?.blockMinutes).toBe(45);
    await page.reload();
    await expect.poll(() => page.getByLabel(BLOCK, { exact: true }).inputValue()).toBe('45');

    const bad: [string, string][] = [
      ['-5', '-5 is out of range.'],
      ['0', '0 is out of range.'],
      ['', 'Enter a whole number from 1 to 240.'],
      ['abc', '"abc" is not a number.'],
      ['4.5', 'Use a whole number without decimals'],
      ['99999999999', '99999999999 is out of range.'],
    ];
    for (const [typed, message] of bad) {
      await setBlock(page, typed);
      const field = page.getByLabel(BLOCK, { exact: true });
      await page.getByLabel('Posture check every (minutes)').focus();
      await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true');
      await expect.poll(() => messageOf(page, BLOCK).textContent()).toContain(message);
      const describedBy = (await field.getAttribute('aria-describedby')) ?? '';
      expect(describedBy.split(' ')).toContain('block-minutes-message');
      if (typed === 'abc') await expectNoAxeViolations(page);
      await page.reload();
      await expect.poll(() => page.getByLabel(BLOCK, { exact: true }).inputValue()).toBe('45');
    }
    expect((await read(ext)).settings?.blockMinutes).toBe(45);

    await page.emulateMedia({ colorScheme: 'dark' });
    await expectNoAxeViolations(page);
  });

  it('stores the full-width digits an input method types as the number they show', async () => {
    const page = await openOptions(ext);
    await setBlock(page, '５０');
    await expect.poll(() => messageOf(page, BLOCK).textContent()).toBe('Saved');
    await expect.poll(async () => (await read(ext)).settings?.blockMinutes).toBe(50);
    await page.reload();
    await expect.poll(() => page.getByLabel(BLOCK, { exact: true }).inputValue()).toBe('50');
  });

  it('shows the default for a tampered stored value and says it was reset', async () => {
    await ext.evalWorker(() =>
      chrome.storage.sync.set({ settings: { blockMinutes: 'forever', postureMinutes: 15, breaks: ['plank'] } }),
    );
    const page = await openOptions(ext);
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toBe('Some stored settings could not be used and were reset to their defaults: Sitting block (minutes).');
    expect(await page.getByLabel(BLOCK, { exact: true }).inputValue()).toBe('30');
    expect(await page.getByLabel('Posture check every (minutes)').inputValue()).toBe('15');
    await expect.poll(async () => (await read(ext)).settings?.blockMinutes).toBe(30);
    expect((await read(ext)).settings?.breaks).toEqual(['plank']);
  });

  it('exports a backup and imports it back; refuses malformed and newer files', async () => {
    const page = await openOptions(ext);
    await setBlock(page, '50');
    await expect.poll(async () => (await read(ext)).settings?.blockMinutes).toBe(50);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export settings and history' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^On the Ball backup \d{4}-\d{2}-\d{2}\.json$/);
    const text = readFileSync((await download.path()) ?? '', 'utf8');
    const backup = JSON.parse(text);
    expect(backup).toMatchObject({ format: 'on-the-ball-backup', version: 1, settings: { blockMinutes: 50 } });

    const file = page.getByLabel('Import from a file');
    const choose = (name: string, content: string) =>
      file.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });

    await choose('broken.json', '{"format": "on-the-ball-backup", "version": ');
    await expect.poll(() => page.locator('#import-message').textContent()).toContain('This file is not readable JSON');
    await choose('newer.json', JSON.stringify({ ...backup, version: 2 }));
    await expect
      .poll(() => page.locator('#import-message').textContent())
      .toContain('This backup comes from a newer version of On the Ball (format 2).');
    expect(await file.getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(page);

    await setBlock(page, '20');
    await expect.poll(async () => (await read(ext)).settings?.blockMinutes).toBe(20);
    await choose('backup.json', text);
    await expect.poll(() => page.getByText(/This file holds settings and/).count()).toBe(1);
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(() => page.locator('#import-message').textContent()).toContain('Imported the settings');
    expect((await read(ext)).settings?.blockMinutes).toBe(50);
    await expect.poll(() => page.getByLabel(BLOCK, { exact: true }).inputValue()).toBe('50');
  });

  it('resets to defaults only after the in-page confirmation', async () => {
    const page = await openOptions(ext);
    await setBlock(page, '45');
    await expect.poll(async () => (await read(ext)).settings?.blockMinutes).toBe(45);
    await page.getByRole('button', { name: 'Reset settings to defaults' }).click();
    await page.keyboard.press('Escape');
    expect((await read(ext)).settings?.blockMinutes).toBe(45);
    await page.getByRole('button', { name: 'Reset settings to defaults' }).click();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Reset settings', exact: true }).click();
    await expect.poll(async () => (await read(ext)).settings?.blockMinutes).toBe(30);
    await expect.poll(() => page.getByLabel(BLOCK, { exact: true }).inputValue()).toBe('30');
  });

  it('runs a 1-minute block to its end, untouched by a settings change on the way', async () => {
    const options = await openOptions(ext);
    await setBlock(options, '1');
    await expect.poll(async () => (await read(ext)).settings?.blockMinutes).toBe(1);

    const popup = await ext.page('/popup.html');
    const toggle = popup.getByRole('switch', { name: 'On ball' });
    await toggle.click();
    await expect.poll(async () => (await read(ext)).session?.phase).toBe('sitting');
    const started = (await read(ext)).session?.block;
    expect(started?.lengthMinutes).toBe(1);

    // A new length applies from the next block: the running one keeps its end.
    await setBlock(options, '45');
    await expect.poll(() => options.getByText('The block running now keeps its 1 minute.').count()).toBe(1);
    await expect.poll(async () => (await read(ext)).settings?.blockMinutes).toBe(45);
    expect((await read(ext)).session?.block?.endsAt).toBe(started?.endsAt);

    await expect
      .poll(async () => (await read(ext)).session?.phase, { timeout: 90_000, interval: 1_000 })
      .toBe('blockDone');
    // The notification follows the stored session within the same wake.
    await expect
      .poll(() => ext.evalWorker(async () => Object.keys(await chrome.notifications.getAll())))
      .toContain('block-done');
    // The popup that switched the block on now offers the break as its main action.
    const offer = popup.getByRole('button', { name: 'Start stretch break' });
    await expect.poll(() => offer.getAttribute('class')).toContain('primary');
  }, 150_000);
});
