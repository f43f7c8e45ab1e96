import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { formatTimeOfDay } from '@/components/dates';
import { startFirstFrameRead, takeFirstFrameRead } from '@/entrypoints/popup/first-frame';
import { loadInitial } from '@/entrypoints/popup/initial';
import { dayKey, emptyDay } from '@/utils/domain/history';
import { MINUTE, OFF, type Session } from '@/utils/domain/session';
import { DEFAULT_SETTINGS } from '@/utils/domain/settings';
import { saveHistory } from '@/utils/storage/glance';
import { sessionItem, settingsItem } from '@/utils/storage/items';
import { LOCAL_KEYS } from '@/utils/storage/local-keys';
import { storeDays } from '../../helpers/stored-days';
import { fakeBackground, openPopup, sitting } from './fixtures';

const NOW = new Date(2026, 2, 10, 10, 0, 0).getTime();

function onBall() {
  return screen.getByRole('switch', { name: 'On ball' });
}

function button(name: string) {
  return screen.getByRole('button', { name });
}

/** Waits until the button is there and no command is in flight. */
async function idle(name: string) {
  return waitFor(() => {
    const found = button(name);
    expect(found.getAttribute('aria-disabled')).toBeNull();
    return found;
  });
}

function stored(): Promise<Session> {
  return sessionItem.getValue();
}

/** The popup's own record that the welcome was read, as stored. */
function dismissWelcome(dismissed: boolean): Promise<void> {
  return fakeBrowser.storage.local.set({ [LOCAL_KEYS.welcomeDismissed]: dismissed });
}

async function welcomeDismissed(): Promise<unknown> {
  return (await fakeBrowser.storage.local.get(LOCAL_KEYS.welcomeDismissed))[LOCAL_KEYS.welcomeDismissed];
}

let close: ReturnType<typeof vi.fn<() => void>>;

beforeEach(async () => {
  close = vi.fn<() => void>();
  vi.spyOn(window, 'close').mockImplementation(close);
  vi.spyOn(fakeBrowser.commands, 'getAll').mockResolvedValue([{ name: 'toggle-on-ball', shortcut: 'Alt+Shift+B' }]);
  await dismissWelcome(true);
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

/** Lets time pass on the fake clock, with every update it causes applied. */
async function pass(ms: number) {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
}

describe('off ball', () => {
  it('shows the switch off, a way to start a break and today’s figures', async () => {
    await saveHistory(
      {
        [dayKey(Date.now())]: { ...emptyDay(), satSeconds: 71 * 60 + 20, blocksCompleted: 2, breaksCompleted: 1 },
        '2020-01-01': { ...emptyDay(), satSeconds: 3000, blocksCompleted: 9, breaksCompleted: 9 },
      },
      Date.now(),
    );
    fakeBackground();
    await openPopup();

    expect(onBall().getAttribute('aria-checked')).toBe('false');
    expect(button('Start stretch break')).toBeTruthy();
    const today = screen.getByRole('region', { name: 'Today' });
    expect(today.textContent).toContain('On the ball1\u00a0h 11\u00a0min');
    expect(today.textContent).toContain('Blocks done2');
    expect(today.textContent).toContain('Breaks done1');
    expect(today.textContent).toContain('Streak1 day');
    expect(screen.getByRole('link', { name: 'Settings' })).toBeTruthy();
  });

  it('updates today’s figures when the background records more', async () => {
    fakeBackground();
    await openPopup();
    expect(screen.getByRole('region', { name: 'Today' }).textContent).toContain('On the ball0\u00a0min');

    await saveHistory({ [dayKey(Date.now())]: { ...emptyDay(), satSeconds: 30 * 60, blocksCompleted: 1 } }, Date.now());
    await waitFor(() =>
      expect(screen.getByRole('region', { name: 'Today' }).textContent).toContain('On the ball30\u00a0min'),
    );
    // A whole hour reads "1 h", as on the progress page, not "1 h 0 min".
    await saveHistory({ [dayKey(Date.now())]: { ...emptyDay(), satSeconds: 60 * 60, blocksCompleted: 2 } }, Date.now());
    await waitFor(() =>
      expect(screen.getByRole('region', { name: 'Today' }).textContent).toContain('On the ball1\u00a0hBlocks done'),
    );
  });

  it('works out today’s figures from the history when none are stored yet, as after an update', async () => {
    await storeDays({
      [dayKey(Date.now())]: { ...emptyDay(), satSeconds: 45 * 60, blocksCompleted: 1, breaksCompleted: 2 },
    });
    fakeBackground();
    await openPopup();
    const today = screen.getByRole('region', { name: 'Today' });
    expect(today.textContent).toContain('On the ball45\u00a0min');
    expect(today.textContent).toContain('Breaks done2');
    expect(today.textContent).toContain('Streak1 day');
  });

  it('works out today’s figures again when the stored ones are damaged', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await saveHistory({ [dayKey(Date.now())]: { ...emptyDay(), satSeconds: 20 * 60, blocksCompleted: 1 } }, Date.now());
    await fakeBrowser.storage.local.set({ glance: { day: 'today', streak: 'many' } });
    fakeBackground();
    await openPopup();
    expect(screen.getByRole('region', { name: 'Today' }).textContent).toContain('On the ball20\u00a0min');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('unreadable'), expect.anything());
  });

  it('switches on: the block starts, its minutes show, and focus stays on the switch', async () => {
    const background = fakeBackground();
    await openPopup();
    const toggle = onBall();
    expect(toggle.tagName).toBe('BUTTON');
    toggle.focus();
    fireEvent.click(toggle);

    await waitFor(() => expect(onBall().getAttribute('aria-checked')).toBe('true'));
    expect(background.commands).toContainEqual({ type: 'setOnBall', on: true });
    expect((await stored()).phase).toBe('sitting');
    expect(screen.getByText('30 min left')).toBeTruthy();
    expect(onBall()).toBe(toggle);
    expect(document.activeElement).toBe(toggle);
  });
});

describe('sitting', () => {
  it('counts down from the stored timestamps while open', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
    vi.setSystemTime(NOW);
    const session = sitting(NOW, 24);
    await sessionItem.setValue(session);
    fakeBackground();
    await openPopup();

    expect(onBall().getAttribute('aria-checked')).toBe('true');
    expect(screen.getByText('24 min left')).toBeTruthy();
    expect(screen.getByText('of 30 min')).toBeTruthy();
    // The time stays on one line in the narrow popup.
    expect(screen.getByText(/^Next posture check at/).textContent).toBe('Next posture check at 10:04\u00a0AM');

    // 1 s into the minute the badge still reads 24; one second later it reads 23, and so does the popup.
    await pass(1000);
    expect(screen.getByText('24 min left')).toBeTruthy();
    await pass(60_000);
    expect(screen.getByText('23 min left')).toBeTruthy();
  });

  it('leaves out the posture check when none falls inside the block', async () => {
    // The fixture's next check is 4 minutes away: after this block's end.
    await sessionItem.setValue(sitting(Date.now(), 3));
    fakeBackground();
    await openPopup();
    expect(screen.getByText('3 min left')).toBeTruthy();
    expect(screen.queryByText(/Next posture check/)).toBeNull();
  });

  it('leaves out the posture check when checks are off', async () => {
    const session = sitting(Date.now(), 24);
    await sessionItem.setValue({ ...session, block: session.block && { ...session.block, nextPostureAt: null } });
    fakeBackground();
    await openPopup();
    expect(screen.getByText('24 min left')).toBeTruthy();
    expect(screen.queryByText(/Next posture check/)).toBeNull();
  });

  it('pauses for a chosen time, then resumes', async () => {
    // A fixed morning: fifteen minutes from a real clock can cross midnight, which names the day.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
    await sessionItem.setValue(sitting(NOW, 24));
    const background = fakeBackground();
    await openPopup();

    const pause = button('Pause');
    expect(pause.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(pause);
    expect(pause.getAttribute('aria-expanded')).toBe('true');
    const choices = screen.getByRole('group', { name: 'Pause for' });
    expect([...choices.querySelectorAll('button')].map((b) => b.textContent)).toEqual([
      '15 minutes',
      '30 minutes',
      '1 hour',
      'Until tomorrow',
      'Until I resume',
    ]);
    fireEvent.click(button('15 minutes'));

    const resume = await idle('Resume');
    const paused = await stored();
    expect(background.commands).toContainEqual({ type: 'pause', minutes: 15 });
    expect(paused.phase).toBe('paused');
    expect(screen.getByText(/^Paused until/).textContent).toBe(
      `Paused until ${formatTimeOfDay(paused.pause?.until ?? 0)}.`,
    );
    expect(onBall().getAttribute('aria-checked')).toBe('true');
    // The focused choice went away with the old state: keyboard users land on the switch.
    expect(document.activeElement).toBe(onBall());

    fireEvent.click(resume);
    await idle('Pause');
    expect(background.commands).toContainEqual({ type: 'resume' });
    expect((await stored()).phase).toBe('sitting');
  });

  it('pauses until resumed', async () => {
    await sessionItem.setValue(sitting(Date.now(), 24));
    const background = fakeBackground();
    await openPopup();
    fireEvent.click(button('Pause'));
    fireEvent.click(button('Until I resume'));
    await waitFor(() => expect(screen.getByText('Paused until you resume.')).toBeTruthy());
    expect(background.commands).toContainEqual({ type: 'pause', minutes: null });
  });

  it('pauses until tomorrow, and says so rather than naming midnight', async () => {
    await sessionItem.setValue(sitting(Date.now(), 24));
    const background = fakeBackground();
    await openPopup();
    fireEvent.click(button('Pause'));
    fireEvent.click(button('Until tomorrow'));
    await idle('Resume');
    expect(background.commands).toContainEqual({ type: 'pauseUntil', until: 'tomorrow' });
    const pause = (await stored()).pause;
    const since = pause?.since ?? 0;
    const until = pause?.until ?? 0;
    const midnight = new Date(since);
    midnight.setHours(24, 0, 0, 0);
    expect(until).toBe(midnight.getTime());
    expect(screen.getByText('Paused until tomorrow.')).toBeTruthy();
  });

  it('offers "until the working day starts" only when working hours are on', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, schedule: { ...DEFAULT_SETTINGS.schedule, enabled: true } });
    await sessionItem.setValue(sitting(Date.now(), 24));
    const background = fakeBackground();
    await openPopup();
    fireEvent.click(button('Pause'));
    fireEvent.click(await screen.findByRole('button', { name: 'Until the working day starts' }));
    await waitFor(() => expect(background.commands).toContainEqual({ type: 'pauseUntil', until: 'workday' }));
  });

  it('folds the pause choices away with Escape and returns focus to Pause', async () => {
    await sessionItem.setValue(sitting(Date.now(), 24));
    fakeBackground();
    await openPopup();
    fireEvent.click(button('Pause'));
    const choice = button('30 minutes');
    choice.focus();
    fireEvent.keyDown(choice, { key: 'Escape' });
    expect(screen.queryByRole('group', { name: 'Pause for' })).toBeNull();
    expect(button('Pause').getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(button('Pause'));
  });

  it('folds the pause choices away with Escape on Pause itself, which keeps focus', async () => {
    await sessionItem.setValue(sitting(Date.now(), 24));
    fakeBackground();
    await openPopup();
    const pause = button('Pause');
    pause.focus();
    fireEvent.click(pause);
    expect(pause.getAttribute('aria-expanded')).toBe('true');
    fireEvent.keyDown(pause, { key: 'Escape' });
    expect(screen.queryByRole('group', { name: 'Pause for' })).toBeNull();
    expect(pause.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(pause);
  });

  it('takes the break now: asks the background, then closes', async () => {
    await sessionItem.setValue(sitting(Date.now(), 24));
    const background = fakeBackground();
    await openPopup();
    fireEvent.click(button('Start stretch break'));
    await waitFor(() => expect(close).toHaveBeenCalledTimes(1));
    expect(background.commands).toContainEqual({ type: 'startBreak', routine: 'full' });
    expect((await stored()).phase).toBe('onBreak');
  });

  it('switches off', async () => {
    await sessionItem.setValue(sitting(Date.now(), 24));
    const background = fakeBackground();
    await openPopup();
    fireEvent.click(onBall());
    await waitFor(() => expect(onBall().getAttribute('aria-checked')).toBe('false'));
    expect(background.commands).toContainEqual({ type: 'setOnBall', on: false });
    expect((await stored()).phase).toBe('off');
  });
});

describe('the offer to space posture checks out', () => {
  it('is shown while open, and the answer goes to the background', async () => {
    const session = sitting(Date.now(), 24);
    await sessionItem.setValue({ ...session, rhythm: { ...session.rhythm, offer: 'open', unkeptInRow: 3 } });
    const background = fakeBackground();
    await openPopup();
    expect(screen.getByRole('heading', { name: 'Fewer posture checks?' })).toBeTruthy();
    fireEvent.click(button('Space them out'));
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Fewer posture checks?' })).toBeNull());
    expect(background.commands).toContainEqual({ type: 'answerOffer', spaceOut: true });
    expect((await stored()).rhythm).toEqual({ everyMinutes: 15, goodInRow: 0, unkeptInRow: 0, offer: 'made' });
  });

  it('is not shown otherwise', async () => {
    await sessionItem.setValue(sitting(Date.now(), 24));
    fakeBackground();
    await openPopup();
    expect(screen.queryByRole('heading', { name: 'Fewer posture checks?' })).toBeNull();
  });
});

describe('paused', () => {
  it('keeps the minutes still while paused and says why', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
    vi.setSystemTime(NOW);
    const running = sitting(NOW, 12);
    await sessionItem.setValue({ ...running, phase: 'paused', pause: { since: NOW, reason: 'away', until: null } });
    // The worker keeps an away pause only while it sees nobody at the desk.
    fakeBackground({ away: true });
    await openPopup();

    expect(onBall().getAttribute('aria-checked')).toBe('true');
    expect(screen.getByText('Paused while you were away.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Pause' })).toBeNull();
    await pass(5 * MINUTE);
    expect(screen.getByText('12 min left')).toBeTruthy();
  });
});

describe('block done', () => {
  beforeEach(async () => {
    await sessionItem.setValue({ ...OFF, phase: 'blockDone', since: Date.now() - MINUTE, lastBlockMinutes: 30 });
  });

  it('prompts for a break, with the break as the main action', async () => {
    fakeBackground();
    await openPopup();
    expect(screen.getByRole('heading', { name: 'Block done' })).toBeTruthy();
    expect(screen.getByText('You sat on the ball for 30 min. Time to stand up and stretch.')).toBeTruthy();
    expect(button('Start stretch break').classList.contains('primary')).toBe(true);
    expect(button('Another block').classList.contains('primary')).toBe(false);
    expect(onBall().getAttribute('aria-checked')).toBe('false');
  });

  it('starts the break and closes the popup once the background has it', async () => {
    const background = fakeBackground();
    await openPopup();
    fireEvent.click(button('Start stretch break'));
    await waitFor(() => expect(close).toHaveBeenCalledTimes(1));
    expect(background.commands).toEqual([{ type: 'getState' }, { type: 'startBreak', routine: 'full' }]);
  });

  it('offers the quick break beside the full one, one press each', async () => {
    const background = fakeBackground();
    await openPopup();
    expect(button('Quick break').classList.contains('primary')).toBe(false);
    fireEvent.click(button('Quick break'));
    await waitFor(() => expect(close).toHaveBeenCalledTimes(1));
    expect(background.commands).toEqual([{ type: 'getState' }, { type: 'startBreak', routine: 'quick' }]);
  });

  it('starts another block, and keyboard focus lands on the switch', async () => {
    const background = fakeBackground();
    await openPopup();
    const another = button('Another block');
    another.focus();
    fireEvent.click(another);
    await waitFor(() => expect(screen.getByText('30 min left')).toBeTruthy());
    expect(background.commands).toContainEqual({ type: 'anotherBlock' });
    expect(onBall().getAttribute('aria-checked')).toBe('true');
    expect(document.activeElement).toBe(onBall());
  });

  it('is done for now', async () => {
    const background = fakeBackground();
    await openPopup();
    fireEvent.click(button('Done for now'));
    await waitFor(() => expect(screen.getByRole('region', { name: 'Today' })).toBeTruthy());
    expect(background.commands).toContainEqual({ type: 'doneForNow' });
    expect((await stored()).phase).toBe('off');
  });

  it('shows a block that ends while the popup is open', async () => {
    await sessionItem.setValue(sitting(Date.now(), 1));
    fakeBackground();
    await openPopup();
    expect(screen.getByText('1 min left')).toBeTruthy();
    await sessionItem.setValue({ ...OFF, phase: 'blockDone', since: Date.now(), lastBlockMinutes: 30 });
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Block done' })).toBeTruthy());
  });
});

describe('on break', () => {
  it('shows the break under way rather than offering to start one', async () => {
    await sessionItem.setValue({ ...OFF, phase: 'onBreak', since: Date.now() });
    const background = fakeBackground();
    await openPopup();
    expect(screen.queryByRole('button', { name: 'Start stretch break' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Quick break' })).toBeNull();
    fireEvent.click(button('Show the break'));
    await waitFor(() => expect(close).toHaveBeenCalledTimes(1));
    expect(background.commands).toContainEqual({ type: 'startBreak', routine: 'full' });
    expect((await stored()).phase).toBe('onBreak');
  });

  it('offers to get back on the ball or stop for now', async () => {
    await sessionItem.setValue({ ...OFF, phase: 'onBreak', since: Date.now() });
    const background = fakeBackground();
    await openPopup();
    expect(screen.getByRole('heading', { name: 'Stretch break' })).toBeTruthy();
    expect(onBall().getAttribute('aria-checked')).toBe('false');
    fireEvent.click(button('Another block'));
    await waitFor(() => expect(onBall().getAttribute('aria-checked')).toBe('true'));
    expect(background.commands).toContainEqual({ type: 'anotherBlock' });
  });
});

describe('the first frame', () => {
  it('is drawn from the reads the page head started, taken once', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
    await sessionItem.setValue(sitting(NOW, 24));
    await saveHistory({ [dayKey(NOW)]: { ...emptyDay(), satSeconds: 40 * 60, blocksCompleted: 1 } }, NOW);
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    const getAll = vi.mocked(fakeBrowser.commands.getAll);
    getAll.mockClear();
    startFirstFrameRead(fakeBrowser);
    expect(get).toHaveBeenCalledTimes(1);
    expect(getAll).toHaveBeenCalledTimes(1);

    const initial = await loadInitial();
    expect(initial.session.phase).toBe('sitting');
    expect(initial.glance.today).toEqual({ minutes: 40, blocks: 1, breaks: 0 });
    expect(initial.welcomeDismissed).toBe(true);
    expect(initial.shortcut).toBe('Alt+Shift+B');
    // Nothing read twice, and nothing left behind for a later open.
    expect(get).toHaveBeenCalledTimes(1);
    expect(getAll).toHaveBeenCalledTimes(1);
    expect(takeFirstFrameRead()).toBeUndefined();
  });

  it('still opens, off ball, when the early read of the stored state fails', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await sessionItem.setValue(sitting(Date.now(), 24));
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValueOnce(new Error('storage is busy'));
    startFirstFrameRead(fakeBrowser);
    fakeBackground();
    await openPopup();
    expect(warn).toHaveBeenCalledWith('Could not read the stored state', expect.any(Error));
    // The background's answer then brings the true state.
    await waitFor(() => expect(onBall().getAttribute('aria-checked')).toBe('true'));
  });
});

describe('first run', () => {
  beforeEach(async () => {
    await dismissWelcome(false);
  });

  it('welcomes with the safety note until dismissed, then keeps it dismissed', async () => {
    fakeBackground();
    await openPopup();
    const welcome = screen.getByRole('region', { name: 'Welcome' });
    expect(welcome.textContent).toContain('see a doctor or physical therapist before you start');
    expect(welcome.textContent).toContain('stop any exercise that hurts');

    const gotIt = button('Got it');
    gotIt.focus();
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    fireEvent.click(gotIt);
    // Asked of the browser within the click, so closing the popup right after it loses nothing.
    expect(set).toHaveBeenCalledWith({ [LOCAL_KEYS.welcomeDismissed]: true });
    expect(screen.queryByRole('region', { name: 'Welcome' })).toBeNull();
    expect(document.activeElement).toBe(onBall());
    await waitFor(async () => expect(await welcomeDismissed()).toBe(true));

    cleanup();
    await openPopup();
    expect(screen.queryByRole('region', { name: 'Welcome' })).toBeNull();
  });
});

describe('when the background does not answer', () => {
  it('shows the stored state, says so, and retries until it answers', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    await sessionItem.setValue(sitting(Date.now(), 24));
    await openPopup();
    await pass(0);

    expect(onBall().getAttribute('aria-checked')).toBe('true');
    expect(screen.getByText('24 min left')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe(
      "Can't reach the extension right now. Showing your last saved state while it retries.",
    );

    const background = fakeBackground();
    await pass(2000);
    expect(background.commands).toEqual([{ type: 'getState' }]);
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('shows the off state for an unreadable stored session instead of a blank popup', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await fakeBrowser.storage.local.set({ session: { phase: 'sitting', block: 'garbage' } });
    await openPopup();
    expect(onBall().getAttribute('aria-checked')).toBe('false');
    expect(button('Start stretch break')).toBeTruthy();
  });

  it('says when a command did not go through and lets it be tried again', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await sessionItem.setValue({ ...OFF, phase: 'blockDone', since: Date.now(), lastBlockMinutes: 30 });
    await openPopup();
    fireEvent.click(button('Start stretch break'));
    await waitFor(() => expect(screen.getByText("That didn't go through. Please try again.")).toBeTruthy());
    expect(close).not.toHaveBeenCalled();
    expect(button('Start stretch break').getAttribute('aria-disabled')).toBeNull();

    fakeBackground();
    fireEvent.click(button('Start stretch break'));
    await waitFor(() => expect(close).toHaveBeenCalledTimes(1));
  });
});

describe('double presses', () => {
  it('sends one command while one is in flight, and holds every control meanwhile', async () => {
    await sessionItem.setValue({ ...OFF, phase: 'blockDone', since: Date.now(), lastBlockMinutes: 30 });
    const background = fakeBackground({ hold: true });
    await openPopup();
    background.release();
    await waitFor(() => expect(background.commands).toEqual([{ type: 'getState' }]));

    fireEvent.click(button('Another block'));
    fireEvent.click(button('Another block'));
    fireEvent.click(onBall());
    fireEvent.click(button('Start stretch break'));
    await waitFor(() => expect(background.commands).toHaveLength(2));
    for (const control of [onBall(), button('Another block'), button('Done for now'), button('Start stretch break')]) {
      expect(control.getAttribute('aria-disabled')).toBe('true');
    }

    background.release();
    await waitFor(() => expect(onBall().getAttribute('aria-disabled')).toBeNull());
    expect(onBall().getAttribute('aria-checked')).toBe('true');
    expect(background.commands).toEqual([{ type: 'getState' }, { type: 'anotherBlock' }]);
    expect(close).not.toHaveBeenCalled();
  });
});

describe('footer', () => {
  it('opens the settings and closes the popup', async () => {
    const openOptionsPage = vi.fn(async () => undefined);
    Object.assign(fakeBrowser.runtime, { openOptionsPage });
    fakeBackground();
    await openPopup();
    fireEvent.click(screen.getByRole('link', { name: 'Settings' }));
    await waitFor(() => expect(close).toHaveBeenCalledTimes(1));
    expect(openOptionsPage).toHaveBeenCalledTimes(1);
  });

  it('opens the progress page in a tab and closes the popup', async () => {
    fakeBackground();
    await openPopup();
    fireEvent.click(screen.getByRole('link', { name: 'Your progress' }));
    await waitFor(() => expect(close).toHaveBeenCalledTimes(1));
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.map((t) => t.url)).toContain('chrome-extension://test-extension-id/progress.html');
  });

  it('counts the streak from yesterday while today has no finished block yet', async () => {
    const yesterday = new Date(Date.now());
    yesterday.setDate(yesterday.getDate() - 1);
    const before = new Date(yesterday);
    before.setDate(before.getDate() - 1);
    await saveHistory(
      {
        [dayKey(yesterday.getTime())]: { ...emptyDay(), blocksCompleted: 1 },
        [dayKey(before.getTime())]: { ...emptyDay(), blocksCompleted: 2 },
      },
      Date.now(),
    );
    fakeBackground();
    await openPopup();
    expect(screen.getByRole('region', { name: 'Today' }).textContent).toContain('Streak2 days');
  });

  it('shows the shortcut the browser has assigned', async () => {
    vi.spyOn(fakeBrowser.commands, 'getAll').mockResolvedValue([
      { name: '_execute_action', shortcut: '' },
      { name: 'toggle-on-ball', shortcut: 'Alt+Shift+B', description: '' },
    ]);
    fakeBackground();
    await openPopup();
    expect(screen.getByText('Alt+Shift+B').tagName).toBe('KBD');
    expect(screen.getByText('Alt+Shift+B').parentElement?.textContent).toBe('Shortcut: Alt+Shift+B');
  });

  it('says how to set a shortcut when none is assigned', async () => {
    vi.spyOn(fakeBrowser.commands, 'getAll').mockResolvedValue([{ name: 'toggle-on-ball', shortcut: '' }]);
    fakeBackground();
    await openPopup();
    expect(
      screen.getByText("No keyboard shortcut yet: you can set one in the browser's extension settings."),
    ).toBeTruthy();
  });
});
