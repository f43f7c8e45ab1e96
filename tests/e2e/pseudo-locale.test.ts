/**
 * Every page in the pseudo-locale (accented, about 40% longer): nothing is cut off and no
 * button outgrows its box, the popup measured at its real width of 320 px.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { longHistory } from '../helpers/long-history';
import { type Extension, launchExtension } from './harness';
import { layoutProblems } from './layout';
import { pseudoLocaleBuild, pseudoText } from './pseudo-locale';
import { storeBlockDone } from './sessions';

const name = (english: string) => pseudoText(english);

describe('the pseudo-locale build', () => {
  let build: ReturnType<typeof pseudoLocaleBuild>;
  let ext: Extension;

  async function popup(): Promise<Page> {
    const page = await ext.page('/popup.html');
    await page.setViewportSize({ width: 320, height: 700 });
    await page.getByRole('switch', { name: name('On ball') }).waitFor();
    return page;
  }

  beforeAll(async () => {
    build = pseudoLocaleBuild();
    ext = await launchExtension({ extensionDir: build.dir, lang: 'en' });
    const control = await ext.page('/manifest.json');
    await control.evaluate(
      (days) => chrome.runtime.sendMessage({ type: 'importBackup', id: 'pseudo-locale', history: days, settings: {} }),
      longHistory(),
    );
    await control.close();
  });

  afterAll(async () => {
    await ext.close();
    build.remove();
  });

  it('shows the pseudo text, so the checks below measure long words', async () => {
    const page = await popup();
    expect(await page.getByRole('switch').textContent()).toContain('Óñ ƀáĺĺ');
    await page.close();
  });

  it('the measure itself finds a clipped text and a button wider than its box', async () => {
    const page = await popup();
    await page.evaluate(() => {
      const box = document.createElement('div');
      box.style.cssText = 'width: 100px; overflow: hidden; white-space: nowrap';
      box.innerHTML = '<p style="overflow: hidden; white-space: nowrap; width: 80px">ẋẋẋẋẋẋẋẋẋẋẋẋẋẋẋẋẋẋẋẋẋẋẋẋẋẋ</p>';
      const row = document.createElement('div');
      row.style.width = '120px';
      row.innerHTML = '<button type="button" style="width: 200px">ẋ</button>';
      document.body.append(box, row);
    });
    const problems = await layoutProblems(page);
    expect(problems.some((line) => line.includes('cuts off its content sideways'))).toBe(true);
    expect(problems.some((line) => line.startsWith('button') && line.includes('wider than its container'))).toBe(true);
    await page.close();
  });

  it('popup: off with the welcome, on with the pause choices open, and a finished block', async () => {
    const page = await popup();
    await page.getByRole('region', { name: name('Welcome') }).waitFor();
    expect(await layoutProblems(page)).toEqual([]);

    await page.getByRole('switch').click();
    await page.getByRole('button', { name: name('Pause') }).click();
    await page.getByRole('button', { name: name('Until I resume') }).waitFor();
    expect(await layoutProblems(page)).toEqual([]);
    await page.getByRole('switch').click();

    await storeBlockDone(ext);
    await page.reload();
    await page.getByRole('heading', { name: name('Block done') }).waitFor();
    expect(await layoutProblems(page)).toEqual([]);
    await page.close();
  });

  it('options, at a laptop width and at a phone-like width', async () => {
    const page = await ext.page('/options.html');
    await page.getByRole('heading', { level: 1, name: name('On the Ball settings') }).waitFor();
    await page.getByRole('checkbox', { name: name('Remind me only during working days and hours') }).check();
    for (const width of [1024, 360]) {
      await page.setViewportSize({ width, height: 900 });
      expect(await layoutProblems(page), `${width}px`).toEqual([]);
    }
    await page.close();
  });

  it('stretch break: safety, the routine and a running exercise', async () => {
    const page = await ext.page('/stretch.html');
    await page.setViewportSize({ width: 1024, height: 900 });
    await page.getByRole('heading', { name: name('Before your first stretch break') }).waitFor();
    expect(await layoutProblems(page)).toEqual([]);
    await page.getByRole('button', { name: name('I understand') }).click();
    await page.getByRole('heading', { name: name('Your routine') }).waitFor();
    expect(await layoutProblems(page)).toEqual([]);
    await page.getByRole('button', { name: name('Start'), exact: true }).click();
    await page.getByRole('timer', { name: name('Get ready') }).waitFor();
    await page.getByRole('button', { name: name('Pause'), exact: true }).click();
    expect(await layoutProblems(page)).toEqual([]);
    // The long keys line wraps under the timer rather than squeezing the exercise beside it.
    const share = await page.evaluate(() => {
      const width = (selector: string) => document.querySelector(selector)?.getBoundingClientRect().width ?? 0;
      return width('.workout .exercise-card') / width('.workout');
    });
    expect(share).toBeGreaterThan(0.45);
    await page.close();
  });

  it('progress with a long history, its tables shown too, at a laptop width and at a phone-like width', async () => {
    const page = await ext.page('/progress.html');
    await page.setViewportSize({ width: 1024, height: 900 });
    await page.getByRole('heading', { level: 1, name: name('Your progress') }).waitFor();
    await page.getByRole('heading', { name: name('Active days') }).waitFor();
    expect(await layoutProblems(page)).toEqual([]);

    const toggles = page.getByRole('button', { name: name('Show as a table') });
    const count = await toggles.count();
    expect(count).toBeGreaterThan(3);
    for (let n = 0; n < count; n++) await toggles.nth(n).click();
    await expect
      .poll(() => page.getByRole('button', { name: name('Show as a table'), pressed: true }).count())
      .toBe(count);
    for (const width of [1024, 360]) {
      await page.setViewportSize({ width, height: 900 });
      expect(await layoutProblems(page), `${width}px`).toEqual([]);
    }
    await page.close();
  });
});
