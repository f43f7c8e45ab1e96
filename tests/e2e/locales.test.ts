/**
 * The built extension in Chromium started in German, Japanese and Arabic: every page speaks
 * that language, marks its `lang` and `dir`, passes axe-core and writes dates and times the
 * way that language does. Expected words come from the language's own catalogue.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogueMessages, type Messages } from '../helpers/catalogue';
import { longHistory } from '../helpers/long-history';
import { type Extension, expectNoAxeViolations, launchExtension } from './harness';
import { layoutProblems, overlappingLabels } from './layout';

const LANGUAGES = [
  { lang: 'de', dir: 'ltr' },
  { lang: 'ja', dir: 'ltr' },
  { lang: 'ar', dir: 'rtl' },
] as const;

function pageLanguage(page: Page): Promise<{ lang: string; dir: string }> {
  return page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));
}

describe.each(LANGUAGES)('the extension in Chromium started in $lang', ({ lang, dir }) => {
  let ext: Extension;
  let messages: Messages;

  /** A message of this language's catalogue with its placeholders filled. */
  const text = (key: string, ...subs: string[]) => {
    const message = messages[key.replaceAll('.', '_')]?.message;
    if (!message) throw new Error(`No message ${key}`);
    return message.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  };
  /** The plural form this language uses for `count`, as CLDR decides it. */
  const counted = (key: string, count: number, ...subs: string[]) =>
    text(`${key}.${new Intl.PluralRules(lang).select(count)}`, ...subs);

  async function open(path: string): Promise<Page> {
    const page = await ext.page(path);
    expect(await pageLanguage(page)).toEqual({ lang, dir });
    return page;
  }

  /** Accessible, and with no text cut off or spilling out of its box. */
  async function expectSound(page: Page): Promise<void> {
    await expectNoAxeViolations(page);
    expect(await layoutProblems(page)).toEqual([]);
  }

  beforeAll(async () => {
    messages = await catalogueMessages(lang);
    ext = await launchExtension({ lang });
    const control = await ext.page('/manifest.json');
    const reply = await control.evaluate(
      (days) => chrome.runtime.sendMessage({ type: 'importBackup', id: 'locales', history: days, settings: {} }),
      longHistory(),
    );
    expect(reply).toMatchObject({ ok: true });
    await control.close();
  });

  afterAll(async () => {
    await ext.close();
  });

  it('names the toolbar button and the keyboard command in the language', async () => {
    expect(await ext.evalWorker(() => chrome.action.getTitle({}))).toBe(text('title.off'));
    const commands = await ext.evalWorker(() => chrome.commands.getAll());
    expect(commands.find((c) => c.name === 'toggle-on-ball')?.description).toBe(text('commandToggle'));
  });

  it('popup: the switch, the next posture check on the local clock, the badge', async () => {
    const popup = await open('/popup.html');
    await popup.setViewportSize({ width: 320, height: 600 });
    const onBall = popup.getByRole('switch', { name: text('popupUi.onBall') });
    await onBall.click();
    await popup.getByRole('button', { name: text('popupUi.startBreak') }).waitFor();
    const next = await ext.evalWorker(
      async () =>
        ((await chrome.storage.local.get('session')).session as { block: { nextPostureAt: number } }).block
          .nextPostureAt,
    );
    const [local, english] = await popup.evaluate(
      ([at, language]) =>
        [language, 'en-US'].map((l) => new Intl.DateTimeFormat(l, { hour: 'numeric', minute: '2-digit' }).format(at)),
      [next, lang] as const,
    );
    expect(local).not.toBe(english);
    const postureAt = popup.getByText(text('popupUi.postureAt', local ?? ''));
    await postureAt.waitFor();
    // getByText reads every space as one; the exact text shows the time kept on one line.
    expect(await postureAt.textContent()).toBe(text('popupUi.postureAt', (local ?? '').replace(/\s/g, '\u00a0')));
    const minutes = await popup.evaluate((language) => new Intl.NumberFormat(language).format(30), lang);
    // The worker sets the badge and tooltip after it stores the block the popup shows.
    await expect.poll(() => ext.evalWorker(() => chrome.action.getBadgeText({}))).toBe(minutes);
    await expect
      .poll(() => ext.evalWorker(() => chrome.action.getTitle({})))
      .toMatch(new RegExp(`^${text('title.sitting', '\\d+', '\\d+')}$`));
    await expectSound(popup);
    await popup.getByRole('link', { name: text('popupUi.settings') }).waitFor();
    await onBall.click();
    await popup.close();
  });

  it('options: headings, labels and weekdays in the language', async () => {
    const page = await open('/options.html');
    await page.getByRole('heading', { level: 1, name: text('options.pageTitle') }).waitFor();
    expect(await page.title()).toBe(text('options.pageTitle'));
    await page.getByLabel(text('options.sitting.blockLabel')).waitFor();
    await page.getByRole('checkbox', { name: text('options.away.scheduleToggle') }).check();
    const monday = await page.evaluate(
      (language) => new Intl.DateTimeFormat(language, { weekday: 'long' }).format(new Date(2023, 0, 2)),
      lang,
    );
    await page.getByRole('checkbox', { name: monday }).waitFor();
    await expectSound(page);
    await page.close();
  });

  it('stretch break: safety first, then each dose with numbers written in the language', async () => {
    const page = await open('/stretch.html');
    await page.getByRole('heading', { name: text('stretchPage.safetyTitle') }).waitFor();
    await expectSound(page);
    await page.getByRole('button', { name: text('stretchPage.safetyAcknowledge') }).click();
    await page.getByRole('heading', { name: text('stretchPage.routineTitle') }).waitFor();
    const [three, hold] = await page.evaluate(
      (language) => [3, 25].map((n) => new Intl.NumberFormat(language).format(n)),
      lang,
    );
    await page.getByText(counted('dose.hold', 3, three ?? '', hold ?? ''), { exact: true }).waitFor();
    expect(await page.title()).toBe(text('stretchPage.pageTitle'));
    await expectSound(page);

    // Forward is the way the page reads: the arrow that skips points along the text.
    const [skip, back] = dir === 'rtl' ? (['left', 'right'] as const) : (['right', 'left'] as const);
    const hint = text('stretchPage.keysHint', text(`stretchPage.${skip}Arrow`), text(`stretchPage.${back}Arrow`));
    await page.getByText(hint, { exact: true }).waitFor();
    await page.getByRole('button', { name: text('stretchPage.start'), exact: true }).click();
    await page.getByRole('timer', { name: text('stretchPage.getReady'), exact: true }).waitFor();
    await page.keyboard.press(skip === 'left' ? 'ArrowLeft' : 'ArrowRight');
    await page.getByRole('timer', { name: text('stretchPage.hold'), exact: true }).waitFor();
    await page.keyboard.press(back === 'left' ? 'ArrowLeft' : 'ArrowRight');
    await page.getByRole('timer', { name: text('stretchPage.getReady'), exact: true }).waitFor();
    expect(await page.getByText(hint, { exact: true }).count()).toBe(1);
    await page.close();
  });

  it('progress: figures, calendar and dated rows in the language', async () => {
    const page = await open('/progress.html');
    await page.getByRole('heading', { level: 1, name: text('progress.pageTitle') }).waitFor();
    await page.getByRole('table', { name: counted('progress.calendarCaption', 26, '26') }).waitFor();
    const minutes = page.getByRole('table', { name: text('progress.minutesChart') });
    const today = await page.evaluate(
      (language) =>
        new Intl.DateTimeFormat(language, { weekday: 'short', month: 'short', day: 'numeric' }).format(new Date()),
      lang,
    );
    expect(await minutes.getByRole('row').last().getByRole('rowheader').textContent()).toBe(today);
    await expectSound(page);
    // The charts' labels grow in a narrow window; month and weekday names still stand apart.
    for (const width of [1280, 360]) {
      await page.setViewportSize({ width, height: 900 });
      await expect
        .poll(() => overlappingLabels(page, 'svg.calendar-plot, svg.chart-plot'), { message: `${width}px` })
        .toEqual([]);
    }
    await page.close();
  });
});
