/** Commands that fit the moment, sessions that could be true, and imports whole or not at all, against the fake browser. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { sessionWrites } from '@/utils/background/dispatch';
import { settleImports } from '@/utils/background/import-backup';
import { DAY_SECONDS, emptyDay } from '@/utils/domain/history';
import { LATER_FIELDS, MINUTE, OFF } from '@/utils/domain/session';
import { DEFAULT_SETTINGS } from '@/utils/domain/settings';
import { historyItem, importRunItem, sessionItem, settingsItem } from '@/utils/storage/items';
import { sendToWorker } from '../../helpers/messages';

const T0 = new Date(2026, 10, 23, 10, 0, 0).getTime();
const send = (message: unknown) => sendToWorker(message);
const settle = () => sessionWrites(async () => undefined);
const stretchTabs = async () => (await fakeBrowser.tabs.query({})).filter((t) => t.url?.endsWith('/stretch.html'));

async function startWorker() {
  background.main();
  await settle();
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(T0);
  return () => vi.useRealTimers();
});

describe('commands that fit the moment', () => {
  it('five quick "start break" commands open one stretch tab', async () => {
    await startWorker();
    await send({ type: 'setOnBall', on: true });
    const replies = await Promise.all([1, 2, 3, 4, 5].map(() => send({ type: 'startBreak' })));
    expect(replies.every((r) => r.ok && r.session.phase === 'onBreak')).toBe(true);
    expect(await stretchTabs()).toHaveLength(1);
  });

  it('refuses to finish or report a break that is not running, and records nothing', async () => {
    await startWorker();
    const result = { completed: true, exercises: [{ id: 'plank', sets: 3, holdSeconds: 25 }] };
    expect(await send({ type: 'finishBreak', result })).toEqual({
      ok: false,
      error: '"finishBreak" cannot be done while off the ball.',
      refusedIn: 'off',
    });
    expect(await send({ type: 'breakProgress', breakId: 'b1', result })).toMatchObject({ ok: false });
    expect(await historyItem.getValue()).toEqual({});
  });

  it('takes pause lengths only from the choices offered, and only on the ball', async () => {
    await startWorker();
    expect(await send({ type: 'pause', minutes: 30 })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/off the ball/),
    });
    await send({ type: 'setOnBall', on: true });
    expect(await send({ type: 'pause', minutes: 'abc' })).toMatchObject({ ok: false });
    expect(await send({ type: 'pause' })).toMatchObject({ ok: false });
    expect((await sessionItem.getValue()).phase).toBe('sitting');
    expect(await send({ type: 'pause', minutes: 15 })).toMatchObject({ ok: true, session: { phase: 'paused' } });
  });

  it('refuses a message nested too deeply with a short reason', async () => {
    await startWorker();
    let deep: unknown = {};
    for (let i = 0; i < 100; i++) deep = { deep };
    expect(await send({ type: 'importBackup', id: 'a', history: deep, settings: {} })).toEqual({
      ok: false,
      error: 'Message is nested too deeply or is too large.',
    });
  });
});

describe('a stored session that cannot be true', () => {
  /** Ten minutes into a thirty-minute block. */
  const BLOCK = {
    startedAt: T0 - 10 * MINUTE,
    endsAt: T0 + 20 * MINUTE,
    lengthMinutes: 30,
    pausedMs: 0,
    nextPostureAt: null,
  };

  it.each([
    ['a negative paused time', { pausedMs: -5 * MINUTE }],
    ['a start far in the past', { startedAt: T0 - 300 * 24 * 60 * MINUTE }],
    ['an end absurdly far ahead', { endsAt: 8.64e15 }],
  ])('with %s is closed without recording any time', async (_, change) => {
    await sessionItem.setValue({
      phase: 'sitting',
      block: { ...BLOCK, ...change },
      pause: null,
      since: null,
      lastBlockMinutes: 0,
      cueIndex: 2,
      postureOpen: false,
      ...LATER_FIELDS,
    });
    await startWorker();
    expect(await sessionItem.getValue()).toMatchObject({ phase: 'off', block: null, cueIndex: 2 });
    expect(await historyItem.getValue()).toEqual({});
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });

  it('with a pause ending absurdly far ahead is closed too', async () => {
    const pause = { since: T0 - MINUTE, reason: 'user', until: 8.64e15 };
    await sessionItem.setValue({
      phase: 'paused',
      block: BLOCK,
      pause,
      since: null,
      lastBlockMinutes: 0,
      cueIndex: 0,
      postureOpen: false,
    } as never);
    await startWorker();
    expect((await sessionItem.getValue()).phase).toBe('off');
  });

  it('with a pause until the working day starts, days ahead, keeps it', async () => {
    const pause = { since: T0 - MINUTE, reason: 'user', until: T0 + 3 * 24 * 60 * MINUTE } as const;
    const session = { ...OFF, phase: 'paused', block: BLOCK, pause } as const;
    await sessionItem.setValue(session);
    await startWorker();
    expect(await sessionItem.getValue()).toEqual(session);
  });

  it.each([
    ['a held notice from the future', { held: { notice: 'blockDone', at: T0 + 60 * MINUTE } }],
    ['posture checks grown past the longest interval', { rhythm: { ...OFF.rhythm, everyMinutes: 10_000 } }],
  ] as const)('with %s is closed too', async (_, change) => {
    await sessionItem.setValue({ ...OFF, phase: 'sitting', block: BLOCK, ...change });
    await startWorker();
    expect(await sessionItem.getValue()).toMatchObject({ phase: 'off', block: null, held: null });
  });

  it('a write never drops a real day that is already full', async () => {
    const today = '2026-11-23';
    await historyItem.getValue();
    await fakeBrowser.storage.local.set({ [`history:${today}`]: { ...emptyDay(), satSeconds: DAY_SECONDS - 60 } });
    await startWorker();
    await send({ type: 'setOnBall', on: true });
    vi.setSystemTime(T0 + 10 * MINUTE);
    await send({ type: 'setOnBall', on: false });
    expect((await historyItem.getValue())[today]).toMatchObject({ satSeconds: DAY_SECONDS, blocksEndedEarly: 1 });
  });
});

describe('importing a backup', () => {
  const history = { '2026-11-20': { ...emptyDay(), satSeconds: 1800, blocksCompleted: 1 } };
  const settings = { ...DEFAULT_SETTINGS, blockMinutes: 45 };

  it('applies settings and history together, and says so when asked again', async () => {
    await startWorker();
    expect(await send({ type: 'importBackup', id: 'imp-1', history, settings })).toMatchObject({
      ok: true,
      imported: 'done',
    });
    expect((await settingsItem.getValue()).blockMinutes).toBe(45);
    expect(await historyItem.getValue()).toEqual(history);
    expect(await send({ type: 'importStatus', id: 'imp-1' })).toMatchObject({ ok: true, imported: 'done' });
    expect(await send({ type: 'importStatus', id: 'imp-2' })).toMatchObject({ ok: true, imported: 'unknown' });
  });

  it('undoes the settings of an import the worker stopped in the middle of', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, blockMinutes: 20 });
    const previousSettings = (await fakeBrowser.storage.sync.get('settings')).settings;
    // The worker stopped after writing the settings and before the history.
    await importRunItem.setValue({ id: 'imp-3', state: 'applying', previousSettings });
    await settingsItem.setValue(settings);
    await settleImports();
    expect((await settingsItem.getValue()).blockMinutes).toBe(20);
    expect(await historyItem.getValue()).toEqual({});
    await startWorker();
    expect(await send({ type: 'importStatus', id: 'imp-3' })).toMatchObject({ ok: true, imported: 'undone' });
  });

  it('changes nothing when the history write fails', async () => {
    await startWorker();
    const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items) => {
      if (Object.keys(items).some((key) => key.startsWith('history:'))) throw new Error('QUOTA_BYTES quota exceeded');
      return set(items);
    });
    const reply = await send({ type: 'importBackup', id: 'imp-4', history, settings });
    expect(reply).toMatchObject({ ok: false, error: expect.stringMatching(/quota/) });
    expect((await settingsItem.getValue()).blockMinutes).toBe(DEFAULT_SETTINGS.blockMinutes);
    vi.restoreAllMocks();
    expect(await send({ type: 'importStatus', id: 'imp-4' })).toMatchObject({ ok: true, imported: 'undone' });
  });
});
