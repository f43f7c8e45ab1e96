// The bench's measurements that need a real browser left alone: how often the worker starts
// and which alarms fire during a real block, how late reminders come, what one history event
// costs and writes, and how much JavaScript heap the worker and the popup hold.
import { launchChromium } from './cdp-chromium.mjs';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
/** Short blocks, as the settings allow, so a whole block with its posture checks fits in the bench. */
export const BLOCK_MINUTES = 3;
export const POSTURE_MINUTES = 1;
/** Time after a block's end for its last reminder to land before counting stops. */
const SETTLE_MS = 20 * SECOND;
const EVENTS = 100;
/**
 * Events not counted before each series. Just after the browser starts, the first hundred or so
 * cost up to twice as much (the code being compiled, the browser settling), which would
 * otherwise land on whichever series runs first.
 */
const EVENTS_WARM_UP = 100;

const pause = (ms) => new Promise((done) => setTimeout(done, ms));

/**
 * The browser, with the extension's worker started once after install, a control page (an
 * extension page in a tab, which the worker never depends on) and a count of worker starts
 * read from the DevTools protocol's target events, which the worker can't influence.
 */
async function open(extensionDir) {
  const browser = await launchChromium(extensionDir);
  const workers = new Map();
  let starts = 0;
  browser.onEvent(({ method, params }) => {
    const info = params?.targetInfo;
    if (
      method === 'Target.targetCreated' &&
      info.type === 'service_worker' &&
      info.url.startsWith('chrome-extension://')
    ) {
      workers.set(info.targetId, info.url);
      starts += 1;
    }
    if (method === 'Target.targetDestroyed') workers.delete(params.targetId);
  });
  const firstWorker = browser.waitFor(
    ({ method, params }) => method === 'Target.targetCreated' && params.targetInfo.type === 'service_worker',
    'the extension to start',
  );
  await browser.send('Target.setDiscoverTargets', { discover: true });
  // Node's URL gives no origin for this scheme.
  const origin = (await firstWorker).params.targetInfo.url.match(/^chrome-extension:\/\/[^/]+/)[0];

  async function page(path) {
    const { targetId } = await browser.send('Target.createTarget', { url: `${origin}${path}` });
    const { sessionId } = await browser.send('Target.attachToTarget', { targetId, flatten: true });
    const evaluate = (expression) => browser.evaluate(sessionId, expression);
    const loaded = `location.origin === ${JSON.stringify(origin)} && document.readyState === 'complete'`;
    for (let tries = 0; !(await evaluate(loaded)); tries++) {
      if (tries > 200) throw new Error(`${path} did not load.`);
      await pause(50);
    }
    return { targetId, sessionId, evaluate };
  }

  const control = await page('/manifest.json');
  const message = (command) =>
    control.evaluate(`chrome.runtime.sendMessage(${JSON.stringify(command)}).then((reply) => {
      if (!reply?.ok) throw new Error(reply?.error ?? 'no reply');
      return reply;
    })`);
  return {
    browser,
    control,
    page,
    message,
    get starts() {
      return starts;
    },
    runningWorker: () => [...workers.keys()][0],
  };
}

/** Waits until the worker has stopped on its own, as it does after about 30 s with nothing to do. */
async function untilWorkerStops(session) {
  for (const deadline = Date.now() + 2 * MINUTE; session.runningWorker(); ) {
    if (Date.now() > deadline) throw new Error('The worker never stopped.');
    await pause(250);
  }
}

// Runs in the control page: every alarm the extension gets, and each reminder as the worker
// acts on it (the stored session moves past the reminder's stored time).
const RECORDER = `(() => {
  window.seen = { alarms: [], reminders: [] };
  chrome.alarms.onAlarm.addListener((alarm) =>
    seen.alarms.push({ name: alarm.name, late: Date.now() - alarm.scheduledTime }));
  chrome.storage.onChanged.addListener((changes, area) => {
    const before = changes.session?.oldValue;
    const after = changes.session?.newValue;
    if (area !== 'local' || before?.phase !== 'sitting' || !before.block) return;
    const now = Date.now();
    if (after?.phase === 'blockDone') seen.reminders.push({ kind: 'block end', late: now - before.block.endsAt });
    else if (before.block.nextPostureAt !== null && now >= before.block.nextPostureAt &&
      after?.block?.nextPostureAt !== before.block.nextPostureAt)
      seen.reminders.push({ kind: 'posture', late: now - before.block.nextPostureAt });
  });
})()`;

/**
 * One scenario: off ball (no block), or a whole block with the minute badge on or off. Counts
 * from when the worker has gone idle after the set-up, so nothing of the set-up is counted.
 */
export async function wakeups(extensionDir, scenario) {
  const session = await open(extensionDir);
  try {
    const settings = { blockMinutes: BLOCK_MINUTES, postureMinutes: POSTURE_MINUTES, pauseWhenAway: false };
    await session.control.evaluate(
      `chrome.storage.sync.set({ settings: ${JSON.stringify({ ...settings, badge: scenario.badge ?? true })} })`,
    );
    await session.control.evaluate(RECORDER);
    let observeMs = BLOCK_MINUTES * MINUTE;
    if (scenario.onBall) {
      const { session: started } = await session.message({ type: 'setOnBall', on: true });
      observeMs = started.block.endsAt - Date.now() + SETTLE_MS;
    } else await untilWorkerStops(session);
    const startsBefore = session.starts;
    await pause(observeMs);
    const seen = await session.control.evaluate('seen');
    return { ...scenario, minutes: observeMs / MINUTE, starts: session.starts - startsBefore, ...seen };
  } finally {
    await session.browser.close();
  }
}

export function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
}

/**
 * Round trips of a message that writes no history and of a break result, which does,
 * interleaved; and the worker's own time for each history event, as it measures it.
 */
async function historyEvents(session, workerSession) {
  const measured = () =>
    session.browser.evaluate(
      workerSession,
      `(() => {
        const durations = performance.getEntriesByName('history-event').map((entry) => entry.duration);
        performance.clearMeasures('history-event');
        return durations;
      })()`,
    );
  const result = { completed: true, exercises: [{ id: 'plank', sets: 1, holdSeconds: 30 }] };
  // One listener for every series on this page: a second one would count each write twice.
  await session.control.evaluate(`(() => {
    if (window.written) return;
    window.written = [];
    chrome.storage.onChanged.addListener((changes, area) => {
      if (area !== 'local') return;
      for (const [key, change] of Object.entries(changes))
        written.push(key.length + JSON.stringify(change.newValue ?? null).length);
    });
  })()`);
  const timed = (command) =>
    session.control.evaluate(`(async () => {
      const start = performance.now();
      await chrome.runtime.sendMessage(${JSON.stringify(command)});
      return performance.now() - start;
    })()`);
  for (let n = 0; n < EVENTS_WARM_UP; n++) await timed({ type: 'finishBreak', result });
  await measured();
  const plain = [];
  const event = [];
  let bytes = 0;
  for (let n = 0; n < EVENTS; n++) {
    plain.push(await timed({ type: 'getState' }));
    await session.control.evaluate('written.length = 0');
    event.push(await timed({ type: 'finishBreak', result }));
    bytes += (await session.control.evaluate('written')).reduce((sum, size) => sum + size, 0);
  }
  return { plain, event, work: await measured(), bytesPerEvent: bytes / EVENTS };
}

async function heapUsed(browser, sessionId) {
  await browser.send('HeapProfiler.collectGarbage', {}, sessionId);
  const { usedSize } = await browser.send('Runtime.getHeapUsage', {}, sessionId);
  return usedSize;
}

/**
 * History events with one day stored, then with the longest history kept; then the heap of
 * the worker and of the popup (in a tab) with that history stored.
 */
export async function historyAndMemory(extensionDir, longHistory) {
  const session = await open(extensionDir);
  try {
    // Attached from here on, the worker keeps running, so its timings are all at hand.
    await session.message({ type: 'getState' });
    const { sessionId: workerSession } = await session.browser.send('Target.attachToTarget', {
      targetId: session.runningWorker(),
      flatten: true,
    });
    // A finished break is taken only during one.
    await session.message({ type: 'startBreak' });
    const today = Object.fromEntries(Object.entries(longHistory).slice(0, 1));
    await session.message({ type: 'importBackup', id: 'bench-today', history: today, settings: {} });
    const oneDay = await historyEvents(session, workerSession);
    await session.message({ type: 'importBackup', id: 'bench-long', history: longHistory, settings: {} });
    const longest = await historyEvents(session, workerSession);
    const days = Object.keys(longHistory).length;
    const worker = await heapUsed(session.browser, workerSession);
    // Extension pages share one renderer and one heap: the popup's share is what opening it adds.
    const before = await heapUsed(session.browser, session.control.sessionId);
    const popup = await session.page('/popup.html');
    for (let tries = 0; !(await popup.evaluate(`performance.getEntriesByName('popup-ready').length > 0`)); tries++) {
      if (tries > 200) throw new Error('The popup never became ready.');
      await pause(50);
    }
    const after = await heapUsed(session.browser, popup.sessionId);
    return { days, oneDay, longest, heap: { worker, popup: after - before, pages: after } };
  } finally {
    await session.browser.close();
  }
}
