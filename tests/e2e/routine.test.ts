import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dayKey } from '@/utils/domain/history';
import { type Extension, expectNoAxeViolations, launchExtension } from './harness';
import { storedHistory } from './stored-history';

const NAME = 'Bird dog';
/** The name as it stands inside a sentence: set apart, as it may be in another script than the page. */
const SET_APART = `\u2068${NAME}\u2069`;

interface Stored {
  settings: { routines: Record<'full' | 'quick', { id: string; on: boolean; sets: number }[]> } | undefined;
  own: { id: string; name: string }[];
  progression: Record<string, number> | undefined;
  today: { breaksCompleted: number; exercises: Record<string, { sets: number; bestHold: number }> } | null;
}

async function stored(ext: Extension): Promise<Stored> {
  const days = await storedHistory<Stored['today']>(ext);
  const { sync, progression } = await ext.evalWorker(async () => ({
    sync: await chrome.storage.sync.get(null),
    progression: (await chrome.storage.local.get('progression')).progression,
  }));
  const own = Object.entries(sync)
    .filter(([key]) => key.startsWith('custom-'))
    .map(([, value]) => value);
  return { settings: sync.settings, own, progression, today: days[dayKey(Date.now())] ?? null } as Stored;
}

const ownId = async (ext: Extension) => (await stored(ext)).own[0]?.id ?? '';

/** The page a break opens in, started from the toolbar popup's button of that name. */
async function breakFromPopup(ext: Extension, button: string, url: RegExp): Promise<Page> {
  const popup = await ext.page('/popup.html');
  const opened = ext.context.waitForEvent('page', { predicate: (p) => url.test(p.url()) });
  await popup.getByRole('button', { name: button, exact: true }).click();
  const page = await opened;
  await popup.close().catch(() => undefined);
  return page;
}

/** Lets both 5 s holds of the own per-side exercise run out, as the person would hold them. */
async function holdBothSides(page: Page): Promise<void> {
  await page.getByText('Left side, 1 of 1', { exact: true }).first().waitFor();
  await page.getByText('Right side, 1 of 1', { exact: true }).first().waitFor({ timeout: 30_000 });
  await page.getByRole('timer', { name: 'Hold' }).waitFor({ timeout: 30_000 });
}

async function addOwnExercise(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Add exercise' }).click();
  await page.getByLabel('Name', { exact: true }).fill(`  ${NAME}  `);
  await page
    .getByLabel(/How to do it/)
    .fill('On hands and knees, back flat\n<b>Reach</b> one arm and the other leg out');
  await page.getByLabel('Hold (seconds)', { exact: true }).fill('4');
  await page.locator('#custom-sets').fill('1');
  await page.getByLabel('Do each set on the left side and then on the right').check();
  await page.getByLabel('Let the hold grow as tolerated').check();
  await page.getByLabel('Step (seconds)').fill('5');
  await page.getByLabel('Longest hold (seconds)').fill('15');
  await page.getByRole('button', { name: 'Save exercise' }).click();

  // Refused next to the field, focus on it, and nothing stored.
  await page.getByText('Please type a whole number from 5 to 300.').waitFor();
  expect(await page.getByLabel('Hold (seconds)', { exact: true }).getAttribute('aria-invalid')).toBe('true');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('custom-amount');
  await expectNoAxeViolations(page);

  await page.getByLabel('Hold (seconds)', { exact: true }).fill('5');
  await page.getByRole('button', { name: 'Save exercise' }).click();
  await page.getByText(`"${NAME}" is saved.`).waitFor();
}

describe('your own routine in the built extension', () => {
  let ext: Extension;
  let fresh: Extension | null = null;

  beforeEach(async () => {
    ext = await launchExtension();
    await ext.evalWorker(() => chrome.storage.sync.set({ settings: { restSeconds: 0 } }));
  });

  afterEach(async () => {
    await ext.close();
    await fresh?.close();
  });

  it('adds an own per-side hold, runs it in a quick and a full break, grows it, and carries it through a backup', async () => {
    const options = await ext.page('/options.html');
    await options.getByRole('list', { name: 'Exercises in the Full break' }).waitFor();
    await expectNoAxeViolations(options);
    await addOwnExercise(options);
    const id = await ownId(ext);
    expect((await stored(ext)).own).toEqual([
      {
        id,
        name: NAME,
        steps: 'On hands and knees, back flat\n<b>Reach</b> one arm and the other leg out',
        kind: 'hold',
        amount: 5,
        sets: 1,
        perSide: true,
        progression: { step: 5, cap: 15 },
      },
    ]);

    // First in the full break, by keyboard alone.
    const full = options.getByRole('list', { name: 'Exercises in the Full break' });
    await full.getByRole('button', { name: `Move ${NAME} up` }).focus();
    for (let n = 0; n < 4; n += 1) await options.keyboard.press('Enter');
    await expect.poll(async () => (await stored(ext)).settings?.routines.full[0]?.id).toBe(id);
    await options.getByText(`${NAME} moved to place 1 of 5.`).waitFor();

    // The quick break: only the own exercise.
    await options.getByRole('radio', { name: /Quick break/ }).check();
    const quick = options.getByRole('list', { name: 'Exercises in the Quick break' });
    await quick.getByRole('checkbox', { name: `${NAME} Your own` }).check();
    await quick.getByRole('checkbox', { name: 'Ball spinal rotation' }).uncheck();
    await quick.getByRole('checkbox', { name: "Modified child's pose" }).uncheck();
    await expect
      .poll(async () => (await stored(ext)).settings?.routines.quick.filter((e) => e.on).map((e) => e.id))
      .toEqual([id]);
    await quick.locator(`summary[aria-label="Preview ${NAME}"]`).click();
    await quick.getByText('1 time per side, 5 s each').waitFor();
    await expectNoAxeViolations(options);
    await options.emulateMedia({ colorScheme: 'dark' });
    await expectNoAxeViolations(options);
    await options.emulateMedia({ colorScheme: 'light' });

    const short = await breakFromPopup(ext, 'Quick break', /\/stretch\.html\?routine=quick$/);
    await short.getByRole('button', { name: 'I understand' }).click();
    await short.getByRole('heading', { name: 'Your quick break' }).waitFor();
    await short
      .getByText(/come from you, not from On the Ball/)
      .first()
      .waitFor();
    await short.getByText('<b>Reach</b> one arm and the other leg out').waitFor();
    await short.getByRole('button', { name: 'Start' }).click();
    await holdBothSides(short);
    await short.getByRole('heading', { name: 'Well done' }).waitFor({ timeout: 30_000 });
    await short.getByText('Saved to your history.').waitFor();
    await short.close();
    await expect.poll(async () => (await stored(ext)).today?.exercises[id]).toEqual({ sets: 2, bestHold: 5 });

    // The full break runs the own exercise first; the built-in ones are skipped with the arrow key.
    const page = await breakFromPopup(ext, 'Start stretch break', /\/stretch\.html$/);
    await page.getByRole('button', { name: 'Start' }).click();
    expect(await page.getByRole('heading', { level: 2, name: NAME }).count()).toBe(1);
    await holdBothSides(page);
    await page.getByRole('heading', { level: 2, name: 'Ball plank' }).waitFor({ timeout: 30_000 });
    const summary = page.getByRole('heading', { name: 'Well done' });
    while ((await summary.count()) === 0) await page.keyboard.press('ArrowRight');
    await page.getByText('Saved to your history.').waitFor();
    await page.getByRole('group', { name: NAME }).getByRole('button', { name: 'Easy' }).click();
    await page.getByText(`${SET_APART}: 10 s of 15 s`, { exact: true }).first().waitFor();
    expect((await stored(ext)).progression).toEqual({ [id]: 10 });
    expect((await stored(ext)).today?.breaksCompleted).toBe(2);

    // The next break holds it longer.
    await page.close();
    const next = await ext.page('/stretch.html');
    await next.getByText('1 time per side, 10 s each').waitFor();

    // Progress shows it by the name the person gave it.
    const progress = await ext.page('/progress.html');
    await progress.getByText(`${SET_APART}: longest hold per day`).first().waitFor();

    // A backup carries it into a fresh profile.
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Export settings and history' }).click(),
    ]);
    const text = readFileSync((await download.path()) ?? '', 'utf8');
    expect(JSON.parse(text).customExercises).toHaveLength(1);

    fresh = await launchExtension();
    const other = await fresh.page('/options.html');
    await other.getByLabel('Import from a file').setInputFiles({
      name: 'backup.json',
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
    await other.getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(() => other.locator('#import-message').textContent()).toContain('Imported the settings');
    const imported = await stored(fresh);
    expect(imported.own).toEqual((await stored(ext)).own);
    expect(imported.settings?.routines.full[0]?.id).toBe(id);
    await other
      .getByRole('list', { name: 'Exercises in the Full break' })
      .getByRole('checkbox', { name: `${NAME} Your own` })
      .waitFor();
    expect(imported.today?.exercises[id]).toEqual({ sets: 4, bestHold: 5 });
    expect(imported.today).toEqual((await stored(ext)).today);
    // The imported day shows it by name on the new profile's progress page.
    const otherProgress = await fresh.page('/progress.html');
    await otherProgress.getByText(`${SET_APART}: longest hold per day`).first().waitFor();
  });

  it('reorders the full break by dragging one exercise onto another', async () => {
    const options = await ext.page('/options.html');
    const full = options.getByRole('list', { name: 'Exercises in the Full break' });
    const row = (id: string) => full.locator(`li[data-entry="${id}"]`);
    await row('child-pose').dragTo(row('plank'));
    await expect
      .poll(async () => (await stored(ext)).settings?.routines.full.map((e) => e.id))
      .toEqual(['child-pose', 'plank', 'rotation', 'wall-squat']);
    await options.getByText("Modified child's pose moved to place 1 of 4.").waitFor();
  });
});
