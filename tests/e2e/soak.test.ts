/**
 * Real one-minute blocks in the built extension while the worker is stopped at random (seeded)
 * moments, as Chrome does to an idle worker. Only the block's alarm may wake it: the test reads
 * storage from a page, which does not start the worker. Each block must end exactly once, and
 * the time recorded must be the block's wall-clock minute, never lost and never counted twice.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pick, random } from '../helpers/random';
import { type Extension, launchExtension } from './harness';
import { historyDays } from './stored-history';

const BLOCKS = 3;
const BLOCK_MS = 60_000;
const SEED = 14;

interface Stored {
  phase: string;
  block: { startedAt: number; endsAt: number } | null;
  since: number | null;
  satSeconds: number;
  blocksCompleted: number;
  blocksEndedEarly: number;
  notices: string[];
}

/** The session, the history's totals and the notifications on screen, read without waking the worker. */
async function read(page: Page): Promise<Stored> {
  const { local, notices } = await page.evaluate(async () => ({
    local: await chrome.storage.local.get(null),
    notices: Object.keys(await chrome.notifications.getAll()),
  }));
  const session = local.session as { phase: string; block: Stored['block']; since: number | null } | undefined;
  const days = Object.values(historyDays<Record<string, number>>(local));
  const total = (field: string) => days.reduce((sum, day) => sum + (day[field] ?? 0), 0);
  return {
    phase: session?.phase ?? 'off',
    block: session?.block ?? null,
    since: session?.since ?? null,
    satSeconds: total('satSeconds'),
    blocksCompleted: total('blocksCompleted'),
    blocksEndedEarly: total('blocksEndedEarly'),
    notices,
  };
}

describe('soak: real blocks with the worker stopped at random moments', () => {
  let ext: Extension;
  let page: Page;

  beforeAll(async () => {
    ext = await launchExtension();
    page = await ext.page('/manifest.json');
    // One-minute blocks; no posture checks or away pauses to blur the count.
    await page.evaluate(() =>
      chrome.storage.sync.set({ settings: { blockMinutes: 1, postureEnabled: false, pauseWhenAway: false } }),
    );
  });

  afterAll(async () => {
    await ext.close();
  });

  it(`ends each of ${BLOCKS} blocks exactly once, recording exactly its minute`, async () => {
    const next = random(SEED);
    let stops = 0;
    for (let i = 1; i <= BLOCKS; i++) {
      const reply = await page.evaluate(() => chrome.runtime.sendMessage({ type: 'setOnBall', on: true }));
      expect(reply).toMatchObject({ ok: true, session: { phase: 'sitting' } });
      const started = await read(page);
      const block = started.block;
      expect(block?.endsAt).toBe((block?.startedAt ?? 0) + BLOCK_MS);

      // Stop the worker once or twice at seeded moments, some before the end and some after it.
      const moments = [next() * BLOCK_MS * 1.1, next() * BLOCK_MS * 1.1].slice(0, pick(next, [1, 2]));
      for (const at of moments.sort((a, b) => a - b)) {
        const wait = (block?.startedAt ?? 0) + at - Date.now();
        if (wait > 0) await page.waitForTimeout(wait);
        await ext.stopWorker();
        stops += 1;
      }

      // The session is stored first; the history, then the notification, follow in the same wake.
      let done = await read(page);
      await expect
        .poll(
          async () => {
            done = await read(page);
            return done.phase === 'blockDone' && done.notices.includes('block-done');
          },
          { timeout: BLOCK_MS * 2, interval: 500 },
        )
        .toBe(true);
      expect(done.since).toBe(block?.endsAt);
      expect(done.blocksCompleted).toBe(i);
      expect(done.blocksEndedEarly).toBe(0);
      expect(done.satSeconds).toBe((i * BLOCK_MS) / 1000);
      // Ended by its alarm, never before its minute of wall-clock time.
      expect(Date.now()).toBeGreaterThanOrEqual(block?.endsAt ?? 0);
    }
    console.info(`Soak: ${BLOCKS} one-minute blocks, ${stops} worker stops, ${BLOCKS} "block done", 0 minutes lost.`);
  }, 360_000);
});
