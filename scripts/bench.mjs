// `npm run bench`: builds the extension, reports the JavaScript each page and the worker load
// (gzipped, against their budgets, with the biggest modules of each), then in headless
// Chromium: the worker's wake-ups and alarms over real blocks and how late reminders come,
// what one history event costs and writes, the heap of the worker and the popup, how long the
// worker takes to start, and how long the popup takes to be ready next to a bare extension page
// opened in the same browser, so a busy machine shows up in both figures. `npm run bench -- --sizes` stops after the sizes;
// `npm run bench -- --popup` measures the sizes and the popup alone, `--worker` the sizes and
// how long the worker takes to start.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { runnerImport } from 'vite';
import { BLOCK_MINUTES, historyAndMemory, POSTURE_MINUTES, quantile, wakeups } from './bench-browser.mjs';

const ROOT = join(import.meta.dirname, '..');
const OUT = join(ROOT, '.output/chrome-mv3');
const RUNS = 25;
/** Opens not counted: the first loads compile the scripts and fill the caches. */
const WARM_UP = 2;
const POPUP = '/popup.html';
/**
 * Two pages added to a copy of the build, opened as the popup like it: a bare page, with one line
 * of text and no script, and the same page with one module script that only marks it ready, the
 * least any page that runs a script can cost.
 */
const BARE = '/bench-bare.html';
const ONE_SCRIPT = '/bench-one-script.html';
const pageWith = (head) =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>On the Ball</title>${head}</head><body><p>On the Ball</p></body></html>`;
const MODULES_SHOWN = 8;
const WORKER_STARTS = 15;

function build() {
  const result = spawnSync('npx', ['wxt', 'build'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, SOURCE_MAPS: '1' },
  });
  if (result.status !== 0) {
    console.error('The build failed; nothing to measure.');
    process.exit(result.status ?? 1);
  }
}

// ---- What ships -------------------------------------------------------------------------

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

async function printSizes() {
  const { module: shipped } = await runnerImport(join(ROOT, 'scripts/shipped.ts'));
  const { module: budgets } = await runnerImport(join(ROOT, 'scripts/budgets.ts'));
  const { module: modules } = await runnerImport(join(ROOT, 'scripts/module-sizes.ts'));
  const rows = shipped.createBuildReader(OUT).shipped();
  console.log('\nJavaScript loaded for the first frame (entry scripts and everything they import statically)');
  console.log(
    `  ${'page'.padEnd(26)}${'JS gzip'.padStart(10)}${'budget'.padStart(10)}${'JS raw'.padStart(10)}${'files'.padStart(7)}${'CSS gzip'.padStart(10)}`,
  );
  for (const row of rows) {
    const { name, js, css } = row;
    const cssText = css?.files ? kB(css.gzip) : '-';
    console.log(
      `  ${name.padEnd(26)}${kB(js.gzip).padStart(10)}${kB(budgets.budgetOf(row)).padStart(10)}${kB(js.raw).padStart(10)}${String(js.files).padStart(7)}${cssText.padStart(10)}`,
    );
  }
  console.log(`\nBiggest modules per page (raw bytes after minifying, from the source maps)`);
  for (const row of rows) {
    const list = modules.modulesOf(OUT, row.scripts);
    const shown = list
      .slice(0, MODULES_SHOWN)
      .map(({ module, bytes }) => `${module} ${kB(bytes)}`)
      .join(', ');
    console.log(`  ${row.name}: ${shown}`);
  }
}

// ---- How fast the popup is ready ---------------------------------------------------------

/**
 * Opens the toolbar popup as a click on the icon does, with nothing driving it, and reads its
 * timings through another extension page. The popup marks `popup-ready` once the switch is in
 * the page with its state, the one-script page once its script runs; the bare page is ready when
 * its DOM is.
 */
async function timeOpen(harness, worker, control, path) {
  const view = await harness.openToolbarPopup(worker, control, path);
  const timing = await view.evaluate(
    async (popup, [marksReady, firstScript]) => {
      const until = async (what, check) => {
        for (const deadline = Date.now() + 10_000; Date.now() < deadline; ) {
          const value = check();
          if (value) return value;
          await new Promise((done) => setTimeout(done, 5));
        }
        throw new Error(`The popup never ${what}.`);
      };
      const { performance } = popup;
      const nav = await until('loaded', () => {
        const entry = performance.getEntriesByType('navigation')[0];
        return entry?.loadEventEnd > 0 ? entry : undefined;
      });
      const mark = marksReady
        ? await until('became ready', () => performance.getEntriesByName('popup-ready')[0])
        : null;
      const ready = mark ? mark.startTime : nav.domContentLoadedEventEnd;
      // Paint timing arrives a frame or so after the paint itself.
      const paint = await until('painted', () => performance.getEntriesByName('first-contentful-paint')[0]).catch(
        () => undefined,
      );
      const started = performance.getEntriesByName(firstScript)[0]?.startTime ?? Number.NaN;
      return {
        ready,
        paint: paint ? paint.startTime : Number.NaN,
        parsed: nav.domInteractive,
        started,
        shownEmpty: mark?.detail?.shownEmpty === true,
      };
    },
    [path !== BARE, FIRST_SCRIPT],
  );
  await harness.closeToolbarPopup(view);
  return timing;
}

function median(values) {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

async function longHistory() {
  const { module } = await runnerImport(join(ROOT, 'tests/helpers/long-history.ts'), {
    resolve: { alias: { '@': ROOT } },
  });
  return module.longHistory();
}

/** A copy of the build to change for a measurement, so what ships stays as built. */
function copyOfBuild() {
  const dir = mkdtempSync(join(tmpdir(), 'on-the-ball-bench-'));
  cpSync(OUT, dir, { recursive: true });
  return dir;
}

/** Marked, in the bench's copy only, when the popup's first script starts. */
const FIRST_SCRIPT = 'bench-first-script';

/**
 * A copy of the build with the two reference pages added, and the popup's first script marking
 * when it starts, to tell the browser's share of the popup's time from the extension's.
 */
function withReferencePages() {
  const dir = copyOfBuild();
  const early = join(dir, 'popup-early.js');
  writeFileSync(early, `performance.mark('${FIRST_SCRIPT}');\n${readFileSync(early, 'utf8')}`);
  writeFileSync(join(dir, BARE), pageWith(''));
  writeFileSync(join(dir, ONE_SCRIPT), pageWith('<script type="module" src="/bench-one-script.js"></script>'));
  writeFileSync(join(dir, 'bench-one-script.js'), "performance.mark('popup-ready');\n");
  return dir;
}

async function timings() {
  const { module: harness } = await runnerImport(join(ROOT, 'tests/e2e/harness.ts'));
  const extensionDir = withReferencePages();
  const ext = await harness.launchExtension({ extensionDir });
  try {
    const worker = await ext.worker();
    const control = await ext.page('/manifest.json');
    // Stored the way a restored backup is, so the background keeps everything it derives from it.
    const reply = await control.evaluate(
      (days) => chrome.runtime.sendMessage({ type: 'importBackup', id: 'long-history', history: days, settings: {} }),
      await longHistory(),
    );
    if (!reply?.ok) throw new Error(`The history was not stored: ${reply?.error}`);
    // Someone with that history dismissed the first-run welcome long ago.
    await control.evaluate(() => chrome.storage.local.set({ popupWelcomeDismissed: true }));
    const pages = [POPUP, BARE, ONE_SCRIPT];
    const opens = Object.fromEntries(pages.map((path) => [path, []]));
    for (let run = 0; run < WARM_UP + RUNS; run++) {
      // Each page goes first in turn, so none always meets a warmer browser.
      const order = pages.map((_, i) => pages[(run + i) % pages.length]);
      for (const path of order) {
        const timing = await timeOpen(harness, worker, control, path);
        if (run >= WARM_UP) opens[path].push(timing);
      }
    }
    return { popup: opens[POPUP], bare: opens[BARE], oneScript: opens[ONE_SCRIPT] };
  } finally {
    await ext.close();
    rmSync(extensionDir, { recursive: true, force: true });
  }
}

function printTimings({ popup, bare, oneScript }) {
  const at = (label, values) => median(values.map((t) => t[label]));
  const ratio = (label, values) => `${(at(label, values) / at(label, bare)).toFixed(2)}x`;
  const [one, five] = loadavg();
  console.log(
    `\nToolbar popup, median of ${RUNS} opens in headless Chromium (${cpus().length} cores, load ${one.toFixed(1)} / ${five.toFixed(1)})`,
  );
  console.log(
    `  ${''.padEnd(28)}${'popup'.padStart(10)}${'ratio'.padStart(8)}${'bare page'.padStart(12)}${'one script'.padStart(12)}${'ratio'.padStart(8)}`,
  );
  for (const [label, name] of [
    ['ready', 'ready'],
    ['paint', 'first contentful paint'],
  ]) {
    console.log(
      `  ${name.padEnd(28)}${ms(at(label, popup)).padStart(10)}${ratio(label, popup).padStart(8)}${ms(at(label, bare)).padStart(12)}${ms(at(label, oneScript)).padStart(12)}${ratio(label, oneScript).padStart(8)}`,
    );
  }
  const bareParsed = at('parsed', bare);
  const started = at('started', popup);
  console.log(
    `  the bare page is parsed at ${ms(bareParsed)}; the popup's first script starts at ${ms(started)} (${ms(started - bareParsed)} later, before any of its code runs),`,
  );
  console.log(
    `  and ${ms(at('ready', popup) - started)} after that the popup is ready: its stored state read and drawn.`,
  );
  const empty = popup.filter((t) => t.shownEmpty).length;
  console.log(`  shown by the browser before it was drawn (opening empty, then growing): ${empty} of ${popup.length}`);
  console.log(
    '  times from navigation start, each page opened as the popup; the longest history kept is stored, the welcome dismissed.',
  );
  console.log(
    "  ready: the popup's switch shown with its state; the bare page's DOM loaded (a line of text, no script);",
  );
  console.log("  the one-script page's only script run, the least a page that runs any script costs.");
}

// ---- How long the worker takes to start -----------------------------------------------------

/** A copy of the build whose worker notes, on its own clock, when its script begins and ends running. */
function withTimedWorker() {
  const dir = copyOfBuild();
  const file = join(dir, JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')).background.service_worker);
  const script = readFileSync(file, 'utf8');
  writeFileSync(file, `self.scriptBegan = performance.now();\n${script}\nself.scriptEnded = performance.now();\n`);
  return dir;
}

/**
 * Stops the worker and starts it again with a message, as a click in the popup does, and reads
 * when its script ended (its listeners registered) from the moment the browser started it, and
 * how long the script itself ran.
 */
async function workerStarts() {
  const { module: harness } = await runnerImport(join(ROOT, 'tests/e2e/harness.ts'));
  const extensionDir = withTimedWorker();
  const ext = await harness.launchExtension({ extensionDir });
  const starts = [];
  try {
    for (let run = 0; run < WARM_UP + WORKER_STARTS; run++) {
      await ext.stopWorker();
      const worker = await ext.worker();
      const [began, ended] = await worker.evaluate(() => [self.scriptBegan, self.scriptEnded]);
      if (run >= WARM_UP) starts.push({ ready: ended, running: ended - began });
    }
    return starts;
  } finally {
    await ext.close();
    rmSync(extensionDir, { recursive: true, force: true });
  }
}

function printWorkerStarts(starts) {
  const at = (label) => ms(median(starts.map((start) => start[label])));
  console.log(`\nWorker start in headless Chromium, median of ${starts.length} starts`);
  console.log(
    `  its script ran for ${at('running')}; listeners registered ${at('ready')} after the browser started it`,
  );
}

// ---- What the worker and the history cost -------------------------------------------------

const ms = (value) => `${value.toFixed(1)} ms`;

/**
 * Alarms a block of `BLOCK_MINUTES` may fire, by name: its reminders and the badge's minutes.
 * A reminder due at the same time as a badge minute is handled by that wake, so fewer can fire.
 */
function expectedAlarms(badge) {
  const posture = Math.ceil(BLOCK_MINUTES / POSTURE_MINUTES) - 1;
  return { 'badge-minute': badge ? BLOCK_MINUTES : 0, 'posture-check': posture, 'block-end': 1 };
}

function printWakeups(runs) {
  console.log(
    `\nWake-ups in headless Chromium, nothing attached to the worker (blocks of ${BLOCK_MINUTES} min, posture every ${POSTURE_MINUTES} min)`,
  );
  console.log(
    `  ${'scenario'.padEnd(28)}${'minutes'.padStart(8)}${'starts'.padStart(8)}${'alarms'.padStart(8)}${'per hour'.padStart(10)}  by name (at most)`,
  );
  const lateness = [];
  for (const run of runs) {
    const label = run.onBall ? `on ball, badge ${run.badge ? 'on' : 'off'}` : 'off ball';
    const counts = {};
    for (const { name } of run.alarms) counts[name] = (counts[name] ?? 0) + 1;
    const expected = run.onBall ? expectedAlarms(run.badge) : {};
    const names = [...new Set([...Object.keys(expected), ...Object.keys(counts)])];
    const byName = names.map((name) => `${name} ${counts[name] ?? 0} (${expected[name] ?? 0})`).join(', ') || '-';
    // A block's alarms are counted per hour of sitting; off ball, per hour of waiting.
    const perHour = (run.alarms.length * 60) / (run.onBall ? BLOCK_MINUTES : run.minutes);
    console.log(
      `  ${label.padEnd(28)}${run.minutes.toFixed(1).padStart(8)}${String(run.starts).padStart(8)}${String(run.alarms.length).padStart(8)}${perHour.toFixed(0).padStart(10)}  ${byName}`,
    );
    lateness.push(...run.reminders.map((r) => r.late));
  }
  const alarmLate = runs.flatMap((run) => run.alarms.map((a) => a.late));
  console.log(
    `  reminders acted on after their stored time: median ${ms(quantile(lateness, 0.5))}, max ${ms(Math.max(...lateness))} (${lateness.length} reminders); alarms fired late by median ${ms(quantile(alarmLate, 0.5))}`,
  );
  console.log(
    '  "starts" are worker starts, seen as DevTools target events; on ball counts the block and the 20 s after it',
  );
}

function printHistoryAndMemory({ days, oneDay, longest, heap }) {
  const row = (label, { plain, event, work, bytesPerEvent }) =>
    `  ${label.padEnd(16)}${ms(quantile(work, 0.5)).padStart(10)}${ms(quantile(work, 0.95)).padStart(10)}${ms(quantile(event, 0.5)).padStart(12)}${ms(quantile(event, 0.95)).padStart(10)}${ms(quantile(plain, 0.5)).padStart(12)}${`${(bytesPerEvent / 1000).toFixed(2)} kB`.padStart(12)}`;
  console.log(`\nOne history event (a finished break sent by a page), ${longest.event.length} of each`);
  console.log(
    `  ${'history stored'.padEnd(16)}${'work p50'.padStart(10)}${'work p95'.padStart(10)}${'trip p50'.padStart(12)}${'trip p95'.padStart(10)}${'no write'.padStart(12)}${'written'.padStart(12)}`,
  );
  console.log(row('1 day', oneDay));
  console.log(row(`${days} days`, longest));
  console.log(
    '  work: the worker reading, changing and writing the history, as it measures it; trip: the message round trip;',
  );
  console.log('  no write: the round trip of a message that writes nothing; written: keys and JSON stored per event');
  const MB = (bytes) => `${(bytes / 1e6).toFixed(2)} MB`;
  console.log(`\nJavaScript heap after garbage collection, ${days} days of history stored`);
  console.log(
    `  worker ${MB(heap.worker)}; popup ${MB(heap.popup)} (what opening it adds to the extension pages' heap, ${MB(heap.pages)} in all)`,
  );
}

build();
await printSizes();
if (process.argv.includes('--sizes')) process.exit(0);
try {
  if (process.argv.includes('--popup')) {
    printTimings(await timings());
    process.exit(0);
  }
  if (process.argv.includes('--worker')) {
    printWorkerStarts(await workerStarts());
    process.exit(0);
  }
  const scenarios = [{ onBall: false }, { onBall: true, badge: true }, { onBall: true, badge: false }];
  printWakeups(await Promise.all(scenarios.map((scenario) => wakeups(OUT, scenario))));
  printHistoryAndMemory(await historyAndMemory(OUT, await longHistory()));
  printWorkerStarts(await workerStarts());
  printTimings(await timings());
} catch (error) {
  console.error(`\nCould not measure in Chromium: ${error instanceof Error ? error.message : error}`);
  console.error('The bench needs Chromium at /usr/bin/chromium, or CHROMIUM_PATH pointing to one.');
  process.exit(1);
}
