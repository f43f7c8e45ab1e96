/**
 * Launches the built extension in a real Chromium and gives tests the handles they need:
 * extension pages, the service worker (to read alarms, badge and notifications), a way to
 * stop the worker as Chrome does when it is idle, and a relaunch on the same profile.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { type BrowserContext, type CDPSession, chromium, type JSHandle, type Page, type Worker } from 'playwright-core';

export const EXTENSION_DIR = resolve(process.env.EXTENSION_DIR ?? '.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Chromium's switches for a quiet headless run; the bench starts Chromium with them too. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-features=DisableLoadExtensionCommandLineSwitch',
];

export interface Extension {
  context: BrowserContext;
  extensionId: string;
  userDataDir: string;
  /** The running service worker, started again if it was stopped. */
  worker(): Promise<Worker>;
  /** Opens an extension page, e.g. `/popup.html`, in a new tab. */
  page(path: string): Promise<Page>;
  /** Evaluates a function in the service worker (where `chrome.*` is available). */
  evalWorker<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Whether the service worker runs now, as the DevTools protocol sees it. */
  isWorkerRunning(): Promise<boolean>;
  /** Stops the service worker through the DevTools protocol, as Chrome does when it is idle. */
  stopWorker(): Promise<void>;
  /** Closes the browser and starts it again on the same profile. */
  relaunch(): Promise<void>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  userDataDir?: string;
  /**
   * The browser's language, e.g. "de": `--lang` picks the extension's messages and the
   * `locale` option makes the pages' own language (dates, `navigator.language`) agree.
   */
  lang?: string;
  /** Another build to load, e.g. one with a pseudo-locale; the normal build by default. */
  extensionDir?: string;
}

async function startBrowser(userDataDir: string, { lang, extensionDir = EXTENSION_DIR }: LaunchOptions) {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    ...(lang ? { locale: lang } : {}),
    args: [
      ...CHROMIUM_FLAGS,
      ...(lang ? [`--lang=${lang}`] : []),
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
    ],
  });
}

async function findWorker(context: BrowserContext): Promise<Worker> {
  const running = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  return running ?? context.waitForEvent('serviceworker', { timeout: 30_000 });
}

export async function launchExtension(options: LaunchOptions = {}): Promise<Extension> {
  const ownsDir = !options.userDataDir;
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'on-the-ball-e2e-'));
  let context = await startBrowser(userDataDir, options);
  const extensionId = new URL((await findWorker(context)).url()).host;
  const origin = `chrome-extension://${extensionId}`;

  async function withControlPage<R>(use: (page: Page, cdp: CDPSession) => Promise<R>): Promise<R> {
    const page = await context.newPage();
    await page.goto(`${origin}/manifest.json`);
    const cdp = await context.newCDPSession(page);
    try {
      return await use(page, cdp);
    } finally {
      await cdp.detach();
      await page.close();
    }
  }

  async function workerTargets(cdp: CDPSession): Promise<string[]> {
    const { targetInfos } = await cdp.send('Target.getTargets');
    return targetInfos.filter((t) => t.type === 'service_worker' && t.url.startsWith(origin)).map((t) => t.targetId);
  }

  const ext: Extension = {
    get context() {
      return context;
    },
    extensionId,
    userDataDir,
    isWorkerRunning() {
      return withControlPage(async (_page, cdp) => (await workerTargets(cdp)).length > 0);
    },
    async worker() {
      await withControlPage(async (page, cdp) => {
        if ((await workerTargets(cdp)).length > 0) return;
        // Any extension event starts the worker again; a message from an extension page is one.
        await page.evaluate(() => chrome.runtime.sendMessage({ type: 'getState' }).catch(() => undefined));
      });
      return findWorker(context);
    },
    async page(path) {
      const page = await context.newPage();
      await page.goto(`${origin}${path.startsWith('/') ? path : `/${path}`}`);
      return page;
    },
    async evalWorker(fn, arg) {
      const worker = await ext.worker();
      return worker.evaluate(fn as never, arg as never) as never;
    },
    stopWorker() {
      return withControlPage(async (_page, cdp) => {
        for (const targetId of await workerTargets(cdp)) await cdp.send('Target.closeTarget', { targetId });
        const deadline = Date.now() + 10_000;
        while ((await workerTargets(cdp)).length > 0) {
          if (Date.now() > deadline) throw new Error('The service worker did not stop.');
          await new Promise((done) => setTimeout(done, 100));
        }
      });
    },
    async relaunch() {
      await context.close();
      context = await startBrowser(userDataDir, options);
      await findWorker(context);
    },
    async close() {
      await context.close();
      if (ownsDir) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
  return ext;
}

/** Runs axe-core on the page and fails with the rule ids and targets of any violation. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const problems = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  if (problems.length > 0) throw new Error(`Accessibility violations:\n${problems.join('\n')}`);
}

/**
 * Opens the toolbar popup the way a click on the icon does, showing `path`, and returns its
 * window. Nothing drives the popup itself: it is read through `control`, another page of the
 * extension, which runs in the same process.
 */
export async function openToolbarPopup(worker: Worker, control: Page, path = '/popup.html'): Promise<JSHandle<Window>> {
  await worker.evaluate(async (popup) => {
    await chrome.action.setPopup({ popup });
    await chrome.action.openPopup();
  }, path.slice(1));
  return control.evaluateHandle(async () => {
    for (const deadline = Date.now() + 10_000; Date.now() < deadline; ) {
      const [view] = chrome.extension.getViews({ type: 'popup' });
      if (view) return view;
      await new Promise((done) => setTimeout(done, 5));
    }
    throw new Error('The toolbar popup did not open.');
  });
}

export async function closeToolbarPopup(view: JSHandle<Window>): Promise<void> {
  await view.evaluate(async (popup) => {
    popup.close();
    while (chrome.extension.getViews({ type: 'popup' }).length > 0) await new Promise((done) => setTimeout(done, 5));
  });
  await view.dispose();
}
