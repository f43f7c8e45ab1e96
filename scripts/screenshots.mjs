// Takes the store screenshots (1280x800, light and dark) from the built Chrome extension, so
// they always show the extension as it is. Run `npm run build` first; output: store/screenshots/.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const root = resolve(import.meta.dirname, '..');
const extensionDir = resolve(root, process.env.EXTENSION_DIR ?? '.output/chrome-mv3');
const outDir = join(root, 'store', 'screenshots');
const SIZE = { width: 1280, height: 800 };

/** A month of use as the progress page shows it: most weekdays active, holds growing. */
function sampleMonth(now) {
  const history = {};
  const day = new Date(now);
  const pad = (n) => String(n).padStart(2, '0');
  for (let n = 0; n < 30; n++, day.setDate(day.getDate() - 1)) {
    if (day.getDay() === 0 || (n % 9 === 4 && n > 0)) continue;
    const blocks = 2 + ((n * 7) % 4);
    const grown = Math.floor((30 - n) / 6);
    history[`${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`] = {
      satSeconds: blocks * 30 * 60 - (n % 3) * 300,
      blocksCompleted: blocks,
      blocksEndedEarly: n % 4 === 0 ? 1 : 0,
      postureAnswered: blocks * 2,
      postureIgnored: n % 3,
      breaksCompleted: blocks - (n % 2),
      exercises: {
        plank: { sets: 3, bestHold: 25 + grown * 5 },
        rotation: { sets: 2, bestHold: 30 + grown * 2 },
        'child-pose': { sets: 1, bestHold: 30 },
      },
    };
  }
  return history;
}

/** Shows the narrow toolbar popup in the middle of the screenshot, larger, as it appears on a toolbar. */
const POPUP_STAGE = `
  html { min-height: 100vh; display: grid; place-items: center; background: color-mix(in srgb, Canvas 88%, CanvasText); }
  body { zoom: 1.3; box-shadow: 0 6px 24px rgb(0 0 0 / 0.25); border-radius: 8px; }
`;

async function open(context, origin, path) {
  const page = await context.newPage();
  await page.setViewportSize(SIZE);
  await page.goto(`${origin}${path}`);
  return page;
}

async function shoot(context, origin) {
  const shots = [];
  const save = async (page, name) => {
    for (const scheme of ['light', 'dark']) {
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      const path = join(outDir, `${name}-${scheme}.png`);
      await page.screenshot({ path });
      // The stores refuse other sizes: read them back from the PNG header.
      const png = readFileSync(path);
      const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
      if (width !== SIZE.width || height !== SIZE.height) throw new Error(`${path} is ${width}x${height}.`);
      shots.push(path);
    }
  };

  const popup = await open(context, origin, '/popup.html');
  await popup.getByRole('switch', { name: 'On ball', checked: true }).waitFor();
  // A fresh profile greets first; the store shows the popup as it looks every day after.
  const welcome = popup.getByRole('button', { name: 'Got it' });
  await welcome.click();
  await welcome.waitFor({ state: 'detached' });
  await popup.addStyleTag({ content: POPUP_STAGE });
  await save(popup, '1-popup');
  await popup.close();

  const stretch = await open(context, origin, '/stretch.html');
  await stretch.getByRole('button', { name: 'I understand' }).click();
  await stretch.getByRole('button', { name: 'Start' }).click();
  await stretch.keyboard.press('ArrowRight');
  await stretch.getByRole('timer', { name: 'Hold' }).waitFor();
  // Paused, so the countdown shows the same second in both schemes.
  await stretch.keyboard.press('Space');
  await stretch.getByRole('button', { name: 'Resume' }).waitFor();
  await save(stretch, '2-stretch');
  await stretch.close();

  const progress = await open(context, origin, '/progress.html');
  await progress.getByRole('heading', { name: 'Your progress' }).first().waitFor();
  await save(progress, '3-progress');
  await progress.close();

  const options = await open(context, origin, '/options.html');
  await options.getByLabel('Sitting block (minutes)', { exact: true }).waitFor();
  await save(options, '4-settings');
  await options.close();
  return shots;
}

mkdirSync(outDir, { recursive: true });
const profile = mkdtempSync(join(tmpdir(), 'on-the-ball-screenshots-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  locale: 'en-US',
  args: [
    '--no-sandbox',
    '--no-first-run',
    '--disable-features=DisableLoadExtensionCommandLineSwitch',
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
  ],
});
try {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const origin = `chrome-extension://${new URL(worker.url()).host}`;
  const setup = await open(context, origin, '/progress.html');
  // The person's month, brought in through the backup import, and a block running now.
  const replies = await setup.evaluate(async (history) => {
    await chrome.storage.sync.set({ settings: { breaks: ['plank', 'rotation', 'child-pose'] } });
    return [
      await chrome.runtime.sendMessage({ type: 'importBackup', id: 'screenshots', history, settings: {} }),
      await chrome.runtime.sendMessage({ type: 'setOnBall', on: true }),
    ];
  }, sampleMonth(Date.now()));
  const failed = replies.find((reply) => !reply.ok);
  if (failed) throw new Error(`The extension refused the screenshot data: ${failed.error}`);
  await setup.close();
  const shots = await shoot(context, origin);
  console.log(`Saved ${shots.length} screenshots of ${SIZE.width}x${SIZE.height} in store/screenshots/.`);
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
