import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { sessionWrites } from '@/utils/background/dispatch';
import { emptyDay } from '@/utils/domain/history';
import { step } from '@/utils/domain/machine';
import { MINUTE, OFF, type Session } from '@/utils/domain/session';
import { DEFAULT_SETTINGS } from '@/utils/domain/settings';
import { glanceItem, historyItem, sessionItem, settingsItem } from '@/utils/storage/items';
import { sendToWorker } from '../../helpers/messages';
import { storeDays } from '../../helpers/stored-days';
import { fakeCommands, fakeIdle, WAIT_MS } from '../../setup';

const T0 = new Date(2026, 10, 23, 10, 0, 0).getTime();

/** Waits until every event the background queued has been handled. */
const settle = () => sessionWrites(async () => undefined);

const send = (message: unknown) => sendToWorker(message);

async function alarmNames() {
  return (await fakeBrowser.alarms.getAll()).map((a) => a.name).sort();
}

async function fireAlarms(at: number) {
  vi.setSystemTime(at);
  for (const alarm of [...(await fakeBrowser.alarms.getAll())]) {
    if (alarm.scheduledTime <= at) await fakeBrowser.alarms.onAlarm.trigger(alarm);
  }
  await settle();
}

async function notifications() {
  return (await fakeBrowser.notifications.getAll()) as Record<
    string,
    { title: string; message: string; buttons?: { title: string }[] }
  >;
}

function startWorker() {
  background.main();
  return settle();
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(T0);
});

afterEach(() => {
  vi.useRealTimers();
});

describe('the background worker', () => {
  it('switching on by message starts a block with alarms, badge and title', async () => {
    await startWorker();
    const reply = await send({ type: 'setOnBall', on: true });
    expect(reply.ok && reply.session.phase).toBe('sitting');
    expect(await alarmNames()).toEqual(['badge-minute', 'block-end', 'posture-check']);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('30');
    expect(await fakeBrowser.action.getTitle({})).toBe('On ball: 30\u00a0min left, posture check in 10\u00a0min');
  });

  it('switching off clears every alarm and the badge', async () => {
    await startWorker();
    await send({ type: 'setOnBall', on: true });
    vi.setSystemTime(T0 + 5 * MINUTE);
    await send({ type: 'setOnBall', on: false });
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    expect(await fakeBrowser.action.getTitle({})).toBe('On the Ball: off ball');
    const history = await historyItem.getValue();
    expect(Object.values(history)[0]).toMatchObject({ satSeconds: 300, blocksEndedEarly: 1 });
  });

  it('answers malformed and unknown messages with an error', async () => {
    await startWorker();
    expect(await send({ type: 'launchRocket' })).toEqual({ ok: false, error: 'Unknown message type "launchRocket".' });
    expect(await send({ type: 'setOnBall', on: 'yes' })).toEqual({ ok: false, error: '"on" must be true or false.' });
    expect(await send({ type: 'pause', minutes: 7 })).toMatchObject({ ok: false });
    expect(await send('hello')).toMatchObject({ ok: false });
    expect((await sessionItem.getValue()).phase).toBe('off');
  });

  it('shows a posture check with a cue and buttons, and counts "Looks good"', async () => {
    await startWorker();
    await send({ type: 'setOnBall', on: true });
    await fireAlarms(T0 + 10 * MINUTE);
    const shown = (await notifications()).posture;
    expect(shown?.title).toBe('Posture check');
    expect(shown?.message).toBe('Sit tall, with your head and chest up.');
    expect(shown?.buttons?.map((b) => b.title)).toEqual(['Looks good', 'Snooze 5 min']);

    await fakeBrowser.notifications.onButtonClicked.trigger('posture', 0);
    await settle();
    expect((await notifications()).posture).toBeUndefined();
    expect(Object.values(await historyItem.getValue())[0]?.postureAnswered).toBe(1);
  });

  it('a posture check that closes without a click is not counted as answered', async () => {
    await startWorker();
    await send({ type: 'setOnBall', on: true });
    await fireAlarms(T0 + 10 * MINUTE);
    // Firefox reports its own timeout as closed by the user.
    await fakeBrowser.notifications.onClosed.trigger('posture', true);
    await settle();
    vi.setSystemTime(T0 + 12 * MINUTE);
    await send({ type: 'setOnBall', on: false });
    expect(Object.values(await historyItem.getValue())[0]).toMatchObject({ postureAnswered: 0, postureIgnored: 1 });
  });

  it('clicking a posture check (Firefox has no buttons) counts it as answered', async () => {
    await startWorker();
    await send({ type: 'setOnBall', on: true });
    await fireAlarms(T0 + 10 * MINUTE);
    await fakeBrowser.notifications.onClicked.trigger('posture');
    await settle();
    expect((await notifications()).posture).toBeUndefined();
    expect(Object.values(await historyItem.getValue())[0]).toMatchObject({ postureAnswered: 1, postureIgnored: 0 });
  });

  it('the next posture check shows the next cue', async () => {
    await startWorker();
    await send({ type: 'setOnBall', on: true });
    await fireAlarms(T0 + 10 * MINUTE);
    await fireAlarms(T0 + 20 * MINUTE);
    expect((await notifications()).posture?.message).toBe('Let your spine be straight but not stiff.');
  });

  it('ends the block with one notification and opens the break from its button', async () => {
    await startWorker();
    await send({ type: 'setOnBall', on: true });
    await fireAlarms(T0 + 30 * MINUTE);
    const done = (await notifications())['block-done'];
    expect(done?.title).toBe('Block done');
    expect(done?.message).toBe('You sat on the ball for 30\u00a0min. Time to stand up and stretch.');
    expect(done?.buttons?.map((b) => b.title)).toEqual(['Start stretch break', '5 minutes more']);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('✓');
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);

    await fakeBrowser.notifications.onButtonClicked.trigger('block-done', 0);
    await settle();
    expect((await sessionItem.getValue()).phase).toBe('onBreak');
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.map((t) => t.url)).toContain('chrome-extension://test-extension-id/stretch.html');
    expect((await notifications())['block-done']).toBeUndefined();
  });

  it('opens the quick break on its own address when a page asks for it', async () => {
    await startWorker();
    await send({ type: 'setOnBall', on: true });
    await send({ type: 'startBreak', routine: 'quick' });
    await settle();
    expect((await sessionItem.getValue()).phase).toBe('onBreak');
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.map((t) => t.url)).toContain('chrome-extension://test-extension-id/stretch.html?routine=quick');
  });

  it('"5 more minutes" starts a five-minute block', async () => {
    await startWorker();
    await send({ type: 'setOnBall', on: true });
    await fireAlarms(T0 + 30 * MINUTE);
    await fakeBrowser.notifications.onButtonClicked.trigger('block-done', 1);
    await settle();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('5');
  });

  it('clicking the notification itself does the main action (where there are no buttons)', async () => {
    await startWorker();
    await send({ type: 'setOnBall', on: true });
    await fireAlarms(T0 + 30 * MINUTE);
    await fakeBrowser.notifications.onClicked.trigger('block-done');
    await settle();
    expect((await sessionItem.getValue()).phase).toBe('onBreak');
  });

  it('pauses while the person is away and resumes when they return', async () => {
    await startWorker();
    await send({ type: 'setOnBall', on: true });
    vi.setSystemTime(T0 + 5 * MINUTE);
    fakeIdle.trigger('locked');
    await settle();
    expect((await sessionItem.getValue()).phase).toBe('paused');
    expect(await alarmNames()).toEqual([]);
    vi.setSystemTime(T0 + 8 * MINUTE);
    fakeIdle.trigger('active');
    await settle();
    expect((await sessionItem.getValue()).phase).toBe('sitting');
    expect(await fakeBrowser.action.getBadgeText({})).toBe('25');
  });

  it('after a long absence closes the block when they left and asks once if they are back', async () => {
    await startWorker();
    await send({ type: 'setOnBall', on: true });
    vi.setSystemTime(T0 + 6 * MINUTE);
    fakeIdle.trigger('idle');
    await settle();
    vi.setSystemTime(T0 + 40 * MINUTE);
    fakeIdle.trigger('active');
    await settle();
    expect((await sessionItem.getValue()).phase).toBe('off');
    expect(Object.keys(await notifications())).toEqual(['welcome-back']);
    // The idle state is reported a minute after the person left.
    expect(Object.values(await historyItem.getValue())[0]?.satSeconds).toBe(5 * 60);
    await fakeBrowser.notifications.onButtonClicked.trigger('welcome-back', 0);
    await settle();
    expect((await sessionItem.getValue()).phase).toBe('sitting');
  });

  it('after a restart, ends an away pause when someone is at the desk, and keeps it while nobody is', async () => {
    await startWorker();
    await send({ type: 'setOnBall', on: true });
    vi.setSystemTime(T0 + 6 * MINUTE);
    fakeIdle.trigger('idle');
    await settle();
    // The browser starts again hours later; it reports no change of idle state at start.
    fakeIdle.queryState.mockResolvedValueOnce('locked');
    vi.setSystemTime(T0 + 3 * 60 * MINUTE);
    await startWorker();
    expect((await sessionItem.getValue()).phase).toBe('paused');
    vi.setSystemTime(T0 + 3 * 60 * MINUTE + 10_000);
    await startWorker();
    expect((await sessionItem.getValue()).phase).toBe('off');
    expect(Object.keys(await notifications())).toEqual(['welcome-back']);
    expect(Object.values(await historyItem.getValue())[0]?.satSeconds).toBe(5 * 60);
  });

  it('the keyboard command toggles "On ball"', async () => {
    await startWorker();
    fakeCommands.trigger('toggle-on-ball');
    await settle();
    expect((await sessionItem.getValue()).phase).toBe('sitting');
    fakeCommands.trigger('toggle-on-ball');
    await settle();
    expect((await sessionItem.getValue()).phase).toBe('off');
  });

  it('on start after a sleep past the block end: exactly one "block done", no stale posture check', async () => {
    const sitting = step(OFF, { type: 'start' }, T0, DEFAULT_SETTINGS).session;
    await sessionItem.setValue(sitting);
    vi.setSystemTime(T0 + 2 * 60 * MINUTE);
    await startWorker();
    await fireAlarms(T0 + 2 * 60 * MINUTE);
    expect(Object.keys(await notifications())).toEqual(['block-done']);
    expect((await sessionItem.getValue()).phase).toBe('blockDone');
    expect(Object.values(await historyItem.getValue())[0]).toMatchObject({ satSeconds: 1800, blocksCompleted: 1 });
  });

  it('on start mid-block puts back alarms the browser dropped', async () => {
    const sitting = step(OFF, { type: 'start' }, T0, DEFAULT_SETTINGS).session;
    await sessionItem.setValue(sitting);
    vi.setSystemTime(T0 + 4 * MINUTE);
    await startWorker();
    expect(await alarmNames()).toEqual(['badge-minute', 'block-end', 'posture-check']);
    expect((await fakeBrowser.alarms.get('block-end'))?.scheduledTime).toBe(T0 + 30 * MINUTE);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('26');
  });

  it('a corrupted stored session is read as off ball, without a crash', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await fakeBrowser.storage.local.set({ session: { phase: 'sitting', block: 'nonsense' } });
    await startWorker();
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
    expect(warn).toHaveBeenCalled();
    const reply = await send({ type: 'setOnBall', on: true });
    expect(reply.ok && reply.session.phase).toBe('sitting');
  });

  it('picks up a settings change without a reload, without resetting the running block', async () => {
    await startWorker();
    await send({ type: 'setOnBall', on: true });
    const before = (await sessionItem.getValue()) as Session;
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, badge: false, blockMinutes: 60 });
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({})).toBe(''), { timeout: WAIT_MS });
    await settle();
    expect((await sessionItem.getValue()).block).toEqual(before.block);
    expect(await alarmNames()).toEqual(['block-end', 'posture-check']);
  });

  it('records a finished break in the history', async () => {
    await startWorker();
    await send({ type: 'startBreak' });
    const reply = await send({
      type: 'finishBreak',
      result: { completed: true, exercises: [{ id: 'plank', sets: 3, holdSeconds: 25 }] },
    });
    expect(reply.ok).toBe(true);
    expect(Object.values(await historyItem.getValue())[0]).toMatchObject({
      breaksCompleted: 1,
      exercises: { plank: { sets: 3, bestHold: 25 } },
    });
  });

  it('stores the popup’s figures with every change to the history', async () => {
    await startWorker();
    await send({ type: 'setOnBall', on: true });
    await fireAlarms(T0 + 30 * MINUTE);
    expect(await glanceItem.getValue()).toEqual({
      day: '2026-11-23',
      today: { minutes: 30, blocks: 1, breaks: 0 },
      streak: 1,
      activeToday: true,
    });

    await send({ type: 'startBreak' });
    await send({ type: 'finishBreak', result: { completed: true, exercises: [] } });
    expect((await glanceItem.getValue())?.today).toEqual({ minutes: 30, blocks: 1, breaks: 1 });
  });

  it('works out the popup’s figures on install or update from a history kept before them', async () => {
    await storeDays({
      '2026-11-22': { ...emptyDay(), blocksCompleted: 2 },
      '2026-11-23': { ...emptyDay(), satSeconds: 1800, blocksCompleted: 1, breaksCompleted: 1 },
    });
    await startWorker();
    expect(await glanceItem.getValue()).toBeNull();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.1.0', temporary: false });
    await settle();
    expect(await glanceItem.getValue()).toEqual({
      day: '2026-11-23',
      today: { minutes: 30, blocks: 1, breaks: 1 },
      streak: 2,
      activeToday: true,
    });
  });
});
