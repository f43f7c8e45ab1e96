// `npm run bench`: builds the extension, reports the JavaScript each page and the worker ship
// (gzipped), and how long the popup takes to be ready in headless Chromium, next to a bare
// extension page opened in the same browser, so a busy machine shows up in both figures.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { runnerImport } from 'vite';

const ROOT = join(import.meta.dirname, '..');
const OUT = join(ROOT, '.output/chrome-mv3');
const RUNS = 25;
/** Opens not counted: the first loads compile the scripts and fill the caches. */
const WARM_UP = 2;
const POPUP = '/popup.html';
/** Served by the extension like the popup, but with no script and nothing to render. */
const BARE = '/manifest.json';

function build() {
  const result = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error('The build failed; nothing to measure.');
    process.exit(result.status ?? 1);
  }
}

// ---- What ships -------------------------------------------------------------------------

const STATIC_IMPORT = /(?:import|export)\s*(?:[\w$*{},\s]*?from\s*)?["']([^"']+\.js)["']/g;

/** Paths inside the build, from the root, with a leading slash: "/chunks/popup-x.js". */
function fromRoot(path, importer = '/') {
  return path.startsWith('/') ? path : posix.join(posix.dirname(importer), path);
}

function read(path) {
  return readFileSync(join(OUT, path));
}

/** A script and every script it statically imports, each once. */
function withImports(entry, seen = new Set()) {
  if (seen.has(entry) || !existsSync(join(OUT, entry))) return seen;
  seen.add(entry);
  for (const [, specifier] of read(entry).toString('utf8').matchAll(STATIC_IMPORT)) {
    if (specifier.startsWith('.') || specifier.startsWith('/')) withImports(fromRoot(specifier, entry), seen);
  }
  return seen;
}

function weigh(files) {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = read(file);
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { files: files.length, raw, gzip };
}

function pageFiles(html) {
  const source = read(html).toString('utf8');
  const attr = (pattern) => [...source.matchAll(pattern)].map(([, path]) => fromRoot(path, html));
  const entries = [
    ...attr(/<script\b[^>]*\bsrc="([^"]+)"/g),
    ...attr(/<link\b[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ];
  const scripts = new Set();
  for (const entry of entries) withImports(entry, scripts);
  return { scripts: [...scripts], styles: attr(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g) };
}

function sizes() {
  const manifest = JSON.parse(read('/manifest.json').toString('utf8'));
  const rows = readdirSync(OUT)
    .filter((name) => name.endsWith('.html'))
    .sort()
    .map((name) => {
      const { scripts, styles } = pageFiles(`/${name}`);
      return { name, js: weigh(scripts), css: weigh(styles) };
    });
  const worker = manifest.background?.service_worker;
  if (worker) rows.push({ name: `worker (${worker})`, js: weigh([...withImports(fromRoot(worker))]), css: null });
  return rows;
}

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

function printSizes(rows) {
  console.log('\nJavaScript shipped (a page counts its entry script and every script it imports)');
  console.log(
    `  ${'page'.padEnd(26)}${'JS gzip'.padStart(10)}${'JS raw'.padStart(10)}${'files'.padStart(7)}${'CSS gzip'.padStart(10)}`,
  );
  for (const { name, js, css } of rows) {
    const cssText = css?.files ? kB(css.gzip) : '-';
    console.log(
      `  ${name.padEnd(26)}${kB(js.gzip).padStart(10)}${kB(js.raw).padStart(10)}${String(js.files).padStart(7)}${cssText.padStart(10)}`,
    );
  }
}

// ---- How fast the popup is ready ---------------------------------------------------------

/**
 * Opens the toolbar popup as a click on the icon does, with nothing driving it, and reads its
 * timings through another extension page. The popup marks `popup-ready` once the switch is in
 * the page with its state; the bare page is ready when its DOM is.
 */
async function timeOpen(harness, worker, control, path) {
  const view = await harness.openToolbarPopup(worker, control, path);
  const timing = await view.evaluate(async (popup, isPopup) => {
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
    const mark = isPopup ? await until('became ready', () => performance.getEntriesByName('popup-ready')[0]) : null;
    const ready = mark ? mark.startTime : nav.domContentLoadedEventEnd;
    // Paint timing arrives a frame or so after the paint itself.
    const paint = await until('painted', () => performance.getEntriesByName('first-contentful-paint')[0]).catch(
      () => undefined,
    );
    return { ready, paint: paint ? paint.startTime : Number.NaN, shownEmpty: mark?.detail?.shownEmpty === true };
  }, path === POPUP);
  await harness.closeToolbarPopup(view);
  return timing;
}

function median(values) {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

async function timings() {
  const { module: harness } = await runnerImport(join(ROOT, 'tests/e2e/harness.ts'));
  const { module: history } = await runnerImport(join(ROOT, 'tests/helpers/long-history.ts'), {
    resolve: { alias: { '@': ROOT } },
  });
  const ext = await harness.launchExtension();
  try {
    const worker = await ext.worker();
    const control = await ext.page(BARE);
    // Stored the way a restored backup is, so the background keeps everything it derives from it.
    const reply = await control.evaluate(
      (days) => chrome.runtime.sendMessage({ type: 'importBackup', id: 'long-history', history: days, settings: {} }),
      history.longHistory(),
    );
    if (!reply?.ok) throw new Error(`The history was not stored: ${reply?.error}`);
    const popup = [];
    const bare = [];
    for (let run = 0; run < WARM_UP + RUNS; run++) {
      // Alternate which goes first, so neither always meets a warmer browser.
      const order = run % 2 ? [BARE, POPUP] : [POPUP, BARE];
      for (const path of order) {
        const timing = await timeOpen(harness, worker, control, path);
        if (run >= WARM_UP) (path === POPUP ? popup : bare).push(timing);
      }
    }
    return { popup, bare };
  } finally {
    await ext.close();
  }
}

function printTimings({ popup, bare }) {
  const ms = (value) => `${value.toFixed(1)} ms`;
  const row = (label, values) => ms(median(values.map((t) => t[label])));
  const ratio = (label) => (median(popup.map((t) => t[label])) / median(bare.map((t) => t[label]))).toFixed(2);
  const [one, five] = loadavg();
  console.log(
    `\nToolbar popup, median of ${RUNS} opens in headless Chromium (${cpus().length} cores, load ${one.toFixed(1)} / ${five.toFixed(1)})`,
  );
  console.log(`  ${''.padEnd(44)}${'popup'.padStart(10)}${'bare page'.padStart(12)}${'ratio'.padStart(8)}`);
  console.log(
    `  ${'ready (switch with its state / DOM loaded)'.padEnd(44)}${row('ready', popup).padStart(10)}${row('ready', bare).padStart(12)}${ratio('ready').padStart(8)}`,
  );
  console.log(
    `  ${'first contentful paint'.padEnd(44)}${row('paint', popup).padStart(10)}${row('paint', bare).padStart(12)}${ratio('paint').padStart(8)}`,
  );
  const empty = popup.filter((t) => t.shownEmpty).length;
  console.log(`  shown by the browser before it was drawn (opening empty, then growing): ${empty} of ${popup.length}`);
  console.log(
    `  times from navigation start; the longest history kept is stored; the bare page is ${BARE} of the same extension, shown as the popup`,
  );
}

build();
printSizes(sizes());
try {
  printTimings(await timings());
} catch (error) {
  console.error(`\nCould not time the popup in Chromium: ${error instanceof Error ? error.message : error}`);
  console.error('The end-to-end set-up needs Chromium at /usr/bin/chromium, or CHROMIUM_PATH pointing to one.');
  process.exit(1);
}
