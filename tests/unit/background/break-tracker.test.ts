import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { watchBreakEnd } from '@/entrypoints/stretch/break-end';
import { trackerIdle } from '@/utils/background/break-tracker';
import { sessionWrites } from '@/utils/background/dispatch';
import type { BreakResult } from '@/utils/domain/history';
import { parseCommand } from '@/utils/domain/protocol';
import { breakTabItem, historyItem, sessionItem, trackedBreakItem } from '@/utils/storage/items';
import { sendToWorker } from '../../helpers/messages';

const parseAt = (message: unknown) => parseCommand(message, new Date(2026, 2, 14, 12).getTime());

const T0 = new Date(2026, 10, 23, 10, 0, 0).getTime();
const TODAY = '2026-11-23';

function partial(plankSets: number, rotationSets = 0): BreakResult {
  return {
    completed: false,
    exercises: [
      { id: 'plank', sets: plankSets, holdSeconds: 25 },
      { id: 'rotation', sets: rotationSets, holdSeconds: 30 },
    ],
  };
}

/** A message from the stretch page in tab `tabId`, as the browser delivers it. */
const fromTab = (tabId: number, message: unknown) => sendToWorker(message, tabId);

async function openBreakTab(): Promise<number> {
  await sendToWorker({ type: 'startBreak' });
  const tabs = await fakeBrowser.tabs.query({});
  const tab = tabs.find((t) => t.url?.endsWith('/stretch.html'));
  if (tab?.id === undefined) throw new Error('No break tab opened');
  return tab.id;
}

/** Waits for the tracker, then the background, to finish what has been set off. */
async function idle(): Promise<void> {
  await trackerIdle();
  await sessionWrites(async () => undefined);
}

/** The page's last report as its tab closes. */
async function leave(tabId: number, breakId: string, result: BreakResult): Promise<void> {
  await fromTab(tabId, { type: 'breakProgress', breakId, result, ended: true });
  await idle();
}

async function startWorker(): Promise<void> {
  background.main();
  await idle();
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(T0);
});

afterEach(() => {
  vi.useRealTimers();
});

describe('a break whose page goes away', () => {
  beforeEach(startWorker);

  it('records what was done and ends the break', async () => {
    const tab = await openBreakTab();
    expect((await sessionItem.getValue()).phase).toBe('onBreak');
    await fromTab(tab, { type: 'breakProgress', breakId: 'b1', result: partial(0) });
    await fromTab(tab, { type: 'breakProgress', breakId: 'b1', result: partial(1) });
    await leave(tab, 'b1', partial(2));
    const day = (await historyItem.getValue())[TODAY];
    expect(day?.exercises).toEqual({ plank: { sets: 2, bestHold: 25 } });
    expect(day?.breaksCompleted).toBe(1);
    expect((await sessionItem.getValue()).phase).toBe('off');
  });

  it('records what was done when the popup ended the break before the page went away', async () => {
    const tab = await openBreakTab();
    await fromTab(tab, { type: 'breakProgress', breakId: 'b1', result: partial(1) });
    await idle();
    await sendToWorker({ type: 'doneForNow' });
    // Reports while the break goes on are refused now; the last one, as the page goes, is not.
    expect(await fromTab(tab, { type: 'breakProgress', breakId: 'b1', result: partial(2) })).toMatchObject({
      ok: false,
      refusedIn: 'off',
    });
    await leave(tab, 'b1', partial(2));
    expect((await historyItem.getValue())[TODAY]?.exercises).toEqual({ plank: { sets: 2, bestHold: 25 } });
    expect(await trackedBreakItem.getValue()).toBeNull();
    expect((await sessionItem.getValue()).phase).toBe('off');
  });

  it('records nothing when nothing was done, and still ends the break', async () => {
    const tab = await openBreakTab();
    await fromTab(tab, { type: 'breakProgress', breakId: 'b1', result: partial(0) });
    await leave(tab, 'b1', partial(0));
    expect(await historyItem.getValue()).toEqual({});
    expect((await sessionItem.getValue()).phase).toBe('off');
  });

  it('records a finished break once, however the tab closes afterwards', async () => {
    const tab = await openBreakTab();
    await fromTab(tab, { type: 'breakProgress', breakId: 'b1', result: partial(3, 2) });
    await fromTab(tab, { type: 'finishBreak', result: { ...partial(3, 3), completed: true } });
    await leave(tab, 'b1', { ...partial(3, 3), completed: true });
    const day = (await historyItem.getValue())[TODAY];
    expect(day?.exercises).toEqual({ plank: { sets: 3, bestHold: 25 }, rotation: { sets: 3, bestHold: 30 } });
    expect(day?.breaksCompleted).toBe(1);
    expect((await sessionItem.getValue()).phase).toBe('off');
  });

  it('leaves the next block running when the person went back on the ball first', async () => {
    const tab = await openBreakTab();
    await fromTab(tab, { type: 'breakProgress', breakId: 'b1', result: partial(1) });
    await fromTab(tab, { type: 'finishBreak', result: partial(1) });
    await fromTab(tab, { type: 'anotherBlock' });
    await leave(tab, 'b1', partial(1));
    expect((await sessionItem.getValue()).phase).toBe('sitting');
    expect((await historyItem.getValue())[TODAY]?.exercises.plank?.sets).toBe(1);
  });

  it('ignores the last report of a break that another one replaced', async () => {
    const tab = await openBreakTab();
    await fromTab(tab, { type: 'breakProgress', breakId: 'old', result: partial(0) });
    await fromTab(tab, { type: 'breakProgress', breakId: 'new', result: partial(1) });
    await leave(tab, 'old', partial(3));
    expect(await trackedBreakItem.getValue()).toMatchObject({ breakId: 'new', tabId: tab });
    expect(await historyItem.getValue()).toEqual({});
    expect((await sessionItem.getValue()).phase).toBe('onBreak');
  });
});

describe('a break page reloaded before its break was done', () => {
  beforeEach(startWorker);

  it('starts the break again in the same tab when the person presses Start, and records it', async () => {
    const tab = await openBreakTab();
    await fromTab(tab, { type: 'breakProgress', breakId: 'b1', result: partial(0) });
    // The reload's last report ends the break, as closing the tab does.
    await leave(tab, 'b1', partial(0));
    expect((await sessionItem.getValue()).phase).toBe('off');
    const tabs = await fakeBrowser.tabs.query({});

    expect((await fromTab(tab, { type: 'startBreak', here: true })).ok).toBe(true);
    const session = await sessionItem.getValue();
    expect(session.phase).toBe('onBreak');
    expect(await fakeBrowser.tabs.query({})).toEqual(tabs);
    expect(await breakTabItem.getValue()).toEqual({ since: session.since, tabId: tab });

    await fromTab(tab, { type: 'breakProgress', breakId: 'b2', result: partial(3, 3) });
    expect((await fromTab(tab, { type: 'finishBreak', result: { ...partial(3, 3), completed: true } })).ok).toBe(true);
    const day = (await historyItem.getValue())[TODAY];
    expect(day?.breaksCompleted).toBe(1);
    expect(day?.exercises).toEqual({ plank: { sets: 3, bestHold: 25 }, rotation: { sets: 3, bestHold: 30 } });
  });

  it('keeps the break going when it was still on, without opening another tab', async () => {
    const tab = await openBreakTab();
    const before = await sessionItem.getValue();
    const tabs = await fakeBrowser.tabs.query({});
    console.log(
      'R',
      JSON.stringify(await fromTab(tab, { type: 'startBreak', here: true })),
      JSON.stringify(await trackedBreakItem.getValue()),
    );
    expect(await sessionItem.getValue()).toEqual(before);
    expect(await fakeBrowser.tabs.query({})).toEqual(tabs);
  });
});

describe('a break that gives way to another', () => {
  beforeEach(startWorker);

  it('keeps what the earlier one did when a new break starts without it finishing', async () => {
    const tab = await openBreakTab();
    await fromTab(tab, { type: 'breakProgress', breakId: 'first', result: partial(2) });
    await fromTab(tab, { type: 'breakProgress', breakId: 'second', result: partial(0) });
    expect((await historyItem.getValue())[TODAY]?.exercises.plank?.sets).toBe(2);
    expect(await trackedBreakItem.getValue()).toMatchObject({ breakId: 'second', recorded: false });
  });

  it('follows the break into the tab that took it over', async () => {
    const first = await openBreakTab();
    await fromTab(first, { type: 'breakProgress', breakId: 'b1', result: partial(1) });
    const second = (await fakeBrowser.tabs.create({ url: 'chrome-extension://test/stretch.html' })).id ?? -1;
    await fromTab(second, { type: 'breakProgress', breakId: 'b1', result: partial(2) });
    expect(await trackedBreakItem.getValue()).toMatchObject({ breakId: 'b1', tabId: second });
    expect(await historyItem.getValue()).toEqual({});
    await leave(second, 'b1', partial(3));
    expect((await historyItem.getValue())[TODAY]?.exercises.plank?.sets).toBe(3);
  });
});

describe('a break tab gone without its last report', () => {
  it('is recorded and ended when the worker starts again', async () => {
    await sessionItem.setValue({ ...(await sessionItem.getValue()), phase: 'onBreak', since: T0 });
    await trackedBreakItem.setValue({ breakId: 'b1', tabId: 4242, result: partial(1), recorded: false });
    await startWorker();
    expect(await trackedBreakItem.getValue()).toBeNull();
    expect((await historyItem.getValue())[TODAY]?.exercises.plank?.sets).toBe(1);
    expect((await sessionItem.getValue()).phase).toBe('off');
  });

  it('is left alone while its tab is still open', async () => {
    await sessionItem.setValue({ ...(await sessionItem.getValue()), phase: 'onBreak', since: T0 });
    const tab = await fakeBrowser.tabs.create({ url: 'chrome-extension://test/stretch.html' });
    const tracked = { breakId: 'b1', tabId: tab.id ?? -1, result: partial(1), recorded: false };
    await trackedBreakItem.setValue(tracked);
    await startWorker();
    expect(await trackedBreakItem.getValue()).toEqual(tracked);
    expect((await sessionItem.getValue()).phase).toBe('onBreak');
  });

  it('drops an unreadable record instead of failing', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await trackedBreakItem.setValue({ breakId: 7 } as never);
    await startWorker();
    expect(warn).toHaveBeenCalledWith('Stored break progress was unreadable; dropping it.', { breakId: 7 });
    expect(await historyItem.getValue()).toEqual({});
  });
});

describe('the progress message', () => {
  it('is accepted with a break id and a valid result', () => {
    expect(parseAt({ type: 'breakProgress', breakId: 'a1-b2_c3', result: partial(1) })).toEqual({
      type: 'breakProgress',
      breakId: 'a1-b2_c3',
      result: partial(1),
      ended: false,
    });
    expect(parseAt({ type: 'breakProgress', breakId: 'b1', result: partial(1), ended: true })).toMatchObject({
      ended: true,
    });
  });

  it('is refused with a clear reason otherwise', () => {
    expect(parseAt({ type: 'breakProgress', breakId: '', result: partial(1) })).toMatch(/breakId/);
    expect(parseAt({ type: 'breakProgress', breakId: 'x'.repeat(65), result: partial(1) })).toMatch(/breakId/);
    expect(parseAt({ type: 'breakProgress', breakId: 'b1', result: { completed: false } })).toMatch(/result/);
    expect(parseAt({ type: 'breakProgress', breakId: 'b1', result: partial(1), ended: 'yes' })).toMatch(/ended/);
    expect(
      parseAt({
        type: 'breakProgress',
        breakId: 'b1',
        result: { completed: false, exercises: [{ id: 'plank', sets: -1, holdSeconds: 25 }] },
      }),
    ).toMatch(/result/);
  });

  it('from a page outside a tab changes nothing', async () => {
    await startWorker();
    await sendToWorker({ type: 'breakProgress', breakId: 'b1', result: partial(1) });
    await idle();
    expect(await trackedBreakItem.getValue()).toBeNull();
  });
});

describe('a break moved to another tab', () => {
  beforeEach(startWorker);

  it('is shown in the tab it moved to when asked for again', async () => {
    const first = await openBreakTab();
    await fromTab(first, { type: 'breakProgress', breakId: 'b1', result: partial(0) });
    const second = (await fakeBrowser.tabs.create({ url: 'chrome-extension://test/stretch.html' })).id ?? -1;
    await fromTab(second, { type: 'breakProgress', breakId: 'b1', result: partial(1) });
    await idle();
    expect((await breakTabItem.getValue())?.tabId).toBe(second);
    const update = vi.spyOn(fakeBrowser.tabs, 'update');
    await sendToWorker({ type: 'startBreak' });
    expect(update).toHaveBeenCalledWith(second, { active: true });
    expect((await fakeBrowser.tabs.query({})).filter((t) => t.url?.endsWith('/stretch.html'))).toHaveLength(2);
  });
});

describe('the break page hearing that its break ended', () => {
  beforeEach(startWorker);

  it('hears it when the popup ends the break', async () => {
    const tab = await openBreakTab();
    await fromTab(tab, { type: 'breakProgress', breakId: 'b1', result: partial(1), ended: false });
    await idle();
    const ended = vi.fn();
    const stop = watchBreakEnd('b1', ended);
    await sendToWorker({ type: 'doneForNow' });
    await idle();
    await vi.waitFor(() => expect(ended).toHaveBeenCalledOnce());
    stop();
  });

  it('does not take the end of the break it replaced, after a reload, for its own', async () => {
    const tab = await openBreakTab();
    await fromTab(tab, { type: 'breakProgress', breakId: 'b1', result: partial(0), ended: false });
    await idle();
    // The reloaded page watches its new break while the old one's last report is on its way.
    const ended = vi.fn();
    const stop = watchBreakEnd('b2', ended);
    await leave(tab, 'b1', partial(0));
    expect((await sessionItem.getValue()).phase).toBe('off');
    // Started here, its own break is on, and it hears when the popup ends that one.
    await fromTab(tab, { type: 'startBreak', here: true });
    await fromTab(tab, { type: 'breakProgress', breakId: 'b2', result: partial(0), ended: false });
    await idle();
    expect(ended).not.toHaveBeenCalled();
    await sendToWorker({ type: 'doneForNow' });
    await idle();
    await vi.waitFor(() => expect(ended).toHaveBeenCalledOnce());
    stop();
  });
});
