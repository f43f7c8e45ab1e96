/**
 * Launches the built Firefox add-on in a real, headless Firefox through WebDriver BiDi.
 * Firefox leaves extension pages out of its BiDi events, so nothing here waits on navigation
 * or selectors: every wait polls `page.evaluate` until the page answers.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const EXTENSION_DIR = resolve(process.env.FIREFOX_EXTENSION_DIR ?? '.output/firefox-mv2');
export const MANIFEST = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
const ADDON_ID: string = MANIFEST.browser_specific_settings.gecko.id;
/** A fixed internal UUID, so the add-on's pages have a known address. */
const UUID = '7b0f3c1e-5d2a-4c8b-9e61-0a4f2d9b3c57';
export const ORIGIN = `moz-extension://${UUID}`;

const POLL_MS = 100;
const WAIT_MS = 30_000;

/** The add-on API as the background page has it: in Firefox every call returns a promise. */
export type BackgroundApi = typeof chrome & {
  browserAction: {
    getBadgeText(details: object): Promise<string>;
    getTitle(details: object): Promise<string>;
    getBadgeBackgroundColor(details: object): Promise<number[]>;
  };
};

/** The WebDriver BiDi connection puppeteer holds, for commands it has no method for. */
interface BidiConnection {
  send(method: string, params: object): Promise<unknown>;
}

/**
 * How Firefox shows notifications: `system` as it does by default, which on a machine without a
 * notification service closes each one on its own at once; `window` in its own small windows,
 * which a test can click.
 */
export type NotificationStyle = 'system' | 'window';

export interface FirefoxExtension {
  browser: Browser;
  /** Opens an extension page, e.g. `/popup.html`, in a new tab once its document is complete. */
  page(path: string): Promise<Page>;
  /** Runs `fn` with the background page's `browser`, from an extension page. */
  evalBackground<R, A = undefined>(fn: (api: BackgroundApi, arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Sends a command to the background as the extension's pages do, and returns the reply. */
  send(command: unknown): Promise<{ ok: boolean }>;
  /** Evaluates an expression in the browser's own window (privileged). */
  evalChrome<R>(expression: string): Promise<R>;
  /** The toolbar button's icon paths, as Firefox holds them. */
  toolbarIcon(): Promise<Record<string, string>>;
  /** Text of the notification windows on screen (with the `window` style). */
  notificationTexts(): Promise<string[]>;
  /** Clicks the text of the notification window showing `text`, as a person would. */
  clickNotification(text: string): Promise<void>;
  /** Reloads the add-on, which restarts its background page and drops its alarms. */
  reloadAddon(): Promise<void>;
  /** What Firefox printed about errors in the add-on's pages: uncaught ones and `console.error`. */
  errors(): string[];
  close(): Promise<void>;
}

/** Reads until `accept` takes the value; the page may be between documents, so a failed read is retried. */
export async function until<T>(
  read: () => Promise<T>,
  accept: (value: T) => boolean,
  what: string,
  timeoutMs = WAIT_MS,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  let failure: unknown;
  while (Date.now() < deadline) {
    try {
      last = await read();
      if (accept(last)) return last;
    } catch (error) {
      failure = error;
    }
    await new Promise((done) => setTimeout(done, POLL_MS));
  }
  throw new Error(`Timed out waiting for ${what}; last seen ${JSON.stringify(last)} ${failure ?? ''}`);
}

export async function launchFirefox(options: { notifications?: NotificationStyle } = {}): Promise<FirefoxExtension> {
  const profile = mkdtempSync(join(tmpdir(), 'on-the-ball-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    userDataDir: profile,
    // Needed for moz-extension pages and for the browser's own window.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: UUID }),
      'alerts.useSystemBackend': options.notifications !== 'window',
      // Console errors of the add-on's pages reach Firefox's output, where tests read them.
      'devtools.console.stdout.content': true,
    },
  });
  const output: string[] = [];
  browser.process()?.stdout?.on('data', (chunk: Buffer) => output.push(...chunk.toString().split('\n')));
  browser.process()?.stderr?.on('data', (chunk: Buffer) => output.push(...chunk.toString().split('\n')));
  await browser.installExtension(EXTENSION_DIR);

  async function open(path: string): Promise<Page> {
    const url = `${ORIGIN}${path.startsWith('/') ? path : `/${path}`}`;
    const page = await browser.newPage();
    // The navigation never reports back (see above), so its promise is left to settle on its own.
    page.goto(url).catch(() => undefined);
    await until(
      () => page.evaluate(() => `${location.href} ${document.readyState}`),
      (state) => state === `${url} complete`,
      `${path} to load`,
    );
    return page;
  }

  let control: Page | null = null;
  async function controlPage(): Promise<Page> {
    if (control && !control.isClosed()) {
      const alive = await control.evaluate(() => location.protocol === 'moz-extension:').catch(() => false);
      if (alive) return control;
    }
    // The progress page only reads; any extension page can reach the background page.
    control = await open('/progress.html');
    return control;
  }

  const bidi = (browser as unknown as { connection: BidiConnection }).connection;

  async function chromeContext(scope: (url: string) => boolean): Promise<string[]> {
    const tree = (await bidi.send('browsingContext.getTree', { 'moz:scope': 'chrome' })) as {
      result: { contexts: { context: string; url: string }[] };
    };
    return tree.result.contexts.filter((c) => scope(c.url)).map((c) => c.context);
  }

  async function evaluateIn<R>(context: string, expression: string): Promise<R> {
    const { result } = (await bidi.send('script.evaluate', {
      expression,
      target: { context },
      awaitPromise: true,
      resultOwnership: 'none',
    })) as { result: { type: string; result?: { value?: unknown }; exceptionDetails?: { text: string } } };
    if (result.type === 'exception') throw new Error(result.exceptionDetails?.text);
    // Values cross as JSON so that nested objects arrive whole.
    return JSON.parse(String(result.result?.value)) as R;
  }

  const isAlert = (url: string) => url === 'chrome://global/content/alerts/alert.xhtml';

  const ext: FirefoxExtension = {
    browser,
    page: open,
    async evalBackground(fn, arg) {
      const page = await controlPage();
      // Sent as source: the extension's content security policy forbids building functions in the page.
      return page.evaluate(`(async () => {
        const background = await browser.runtime.getBackgroundPage();
        const result = await (${fn.toString()})(background.browser, ${JSON.stringify(arg ?? null)});
        return JSON.parse(JSON.stringify(result ?? null));
      })()`) as never;
    },
    async send(command) {
      const page = await controlPage();
      return page.evaluate(`browser.runtime.sendMessage(${JSON.stringify(command)})`) as never;
    },
    async evalChrome(expression) {
      const [main] = await chromeContext((url) => url === 'chrome://browser/content/browser.xhtml');
      if (!main) throw new Error('No browser window.');
      return evaluateIn(main, `(async () => JSON.stringify(await (${expression})))()`);
    },
    toolbarIcon() {
      return ext.evalChrome(`(() => {
        const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
        const extension = WebExtensionPolicy.getByID(${JSON.stringify(ADDON_ID)}).extension;
        const icon = ExtensionParent.apiManager.global.browserActionFor(extension).action.getProperty(null, 'icon');
        return Object.fromEntries(Object.entries(icon).map(([size, url]) => [size, new URL(url).pathname]));
      })()`);
    },
    async notificationTexts() {
      const texts: string[] = [];
      for (const context of await chromeContext(isAlert)) {
        const text = await evaluateIn<string>(
          context,
          `JSON.stringify(document.getElementById('alertTextLabel')?.textContent ?? '')`,
        );
        // A window still loading has no text yet; it counts once it shows something.
        if (text) texts.push(text);
      }
      return texts;
    },
    async clickNotification(text) {
      for (const context of await chromeContext(isAlert)) {
        const clicked = await evaluateIn<boolean>(
          context,
          `JSON.stringify((() => {
            const label = document.getElementById('alertTextLabel');
            if (label.textContent !== ${JSON.stringify(text)}) return false;
            label.click();
            return true;
          })())`,
        );
        if (clicked) return;
      }
      throw new Error(`No notification shows "${text}".`);
    },
    async reloadAddon() {
      const page = await controlPage();
      // Reloading closes this page too, so the call is not awaited.
      await page.evaluate(
        `browser.runtime.getBackgroundPage().then((bg) => setTimeout(() => bg.browser.runtime.reload()))`,
      );
      await until(
        () => page.evaluate(() => location.protocol === 'moz-extension:').catch(() => false),
        (alive) => !alive,
        'the add-on to unload',
      );
      control = null;
    },
    errors() {
      // Pages' messages are printed quoted; the browser's own modules print theirs bare.
      return output.filter(
        (line) => line.startsWith('console.error: "') || line.startsWith(`JavaScript error: ${ORIGIN}`),
      );
    },
    async close() {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
  return ext;
}

/** Waits until the background has started a stretch break and its page is open; returns the stretch tabs. */
export async function stretchTabsOnceOnBreak(ext: FirefoxExtension): Promise<string[]> {
  await until(
    () => ext.evalBackground(async (api) => (await api.storage.local.get('session')).session as { phase: string }),
    (session) => session.phase === 'onBreak',
    'the break to start',
  );
  const urls = await until(
    () => ext.evalBackground(async (api) => (await api.tabs.query({})).map((tab) => tab.url ?? '')),
    (list) => list.some((url) => url.endsWith('/stretch.html')),
    'the stretch page to open',
  );
  return urls.filter((url) => url.endsWith('/stretch.html'));
}

/** Moves a time of the stored block to `at` and wakes the background, as after a sleep. */
export async function moveBlock(ext: FirefoxExtension, change: 'end' | 'posture', at: number): Promise<void> {
  await ext.evalBackground(
    async (api, { which, when }) => {
      const { session } = (await api.storage.local.get('session')) as {
        session: { block: { startedAt: number; endsAt: number; nextPostureAt: number | null } };
      };
      const { block } = session;
      if (which === 'end') {
        block.startedAt = when - (block.endsAt - block.startedAt);
        block.endsAt = when;
      } else {
        block.nextPostureAt = when;
      }
      await api.storage.local.set({ session });
    },
    { which: change, when: at },
  );
  const woken = await ext.send({ type: 'getState' });
  if (!woken.ok) throw new Error('The background refused to wake.');
}

/**
 * The element matching `selector` whose accessible name (label, labelling element or text) is
 * `name`, every run of spaces read as one, as a reader sees it: a time such as "3:05 PM" is
 * shown with a no-break space.
 */
async function findNamed(page: Page, selector: string, name: string) {
  const handle = await page.evaluateHandle(
    (css, wanted) => {
      const flat = (text: string) => text.replace(/\s+/g, ' ').trim();
      return (
        [...document.querySelectorAll<HTMLElement>(css)].find((el) => {
          const labelledBy = el.getAttribute('aria-labelledby');
          const label = labelledBy ? document.getElementById(labelledBy)?.textContent : el.getAttribute('aria-label');
          return flat(label ?? el.textContent ?? '') === flat(wanted);
        }) ?? null
      );
    },
    selector,
    name,
  );
  return handle.asElement() as ElementHandle<Element> | null;
}

/** Whether the page shows an element matching `selector` named `name`. */
export async function shows(page: Page, selector: string, name: string): Promise<boolean> {
  return (await findNamed(page, selector, name)) !== null;
}

/** Waits for the element matching `selector` named `name` and clicks it with the mouse. */
export async function clickOn(page: Page, selector: string, name: string): Promise<void> {
  const element = await until(() => findNamed(page, selector, name), Boolean, `"${name}" to show`);
  await element?.click();
}

interface AxeResults {
  violations: { id: string; nodes: { target: string[] }[] }[];
}

/** Runs axe-core in the page and fails with the rule ids and targets of any violation. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  // axe-core comes with the Chromium suite's axe runner; it is resolved from there.
  const runner = createRequire(import.meta.url).resolve('@axe-core/playwright');
  const source = readFileSync(join(dirname(createRequire(runner).resolve('axe-core')), 'axe.min.js'), 'utf8');
  // Evaluated as source, which the extension's content security policy does not apply to.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(source);
  const problems = await page.evaluate(async () => {
    const { axe } = window as unknown as { axe: { run(): Promise<AxeResults> } };
    const { violations } = await axe.run();
    return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
  if (problems.length > 0) throw new Error(`Accessibility violations:\n${problems.join('\n')}`);
}
