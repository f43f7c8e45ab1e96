import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Handoff, StretchDeps } from '@/entrypoints/stretch/StretchPage';
import { StretchPage } from '@/entrypoints/stretch/StretchPage';
// Loaded up front, as a real page has it long before a break ends, so the page's own import of it resolves at once.
import '@/entrypoints/stretch/Summary';
import type { LockHandlers } from '@/entrypoints/stretch/tab-lock';
import { startRun } from '@/utils/domain/break-sequence';
import type { CustomExercise } from '@/utils/domain/custom-exercise';
import type { BreakResult } from '@/utils/domain/history';
import type { Command, Reply } from '@/utils/domain/protocol';
import { buildRoutine, moveEntry, routinesFromBreaks, withCustomAdded } from '@/utils/domain/routine';
import { OFF } from '@/utils/domain/session';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/domain/settings';
import { progressionItem, safetyAcknowledgedItem, settingsItem } from '@/utils/storage/items';
import { messageReader } from '../../helpers/catalogue';
import { useLocale } from '../../helpers/use-locale';

const T0 = new Date(2026, 10, 23, 10, 0, 0).getTime();

interface Harness {
  deps: StretchDeps;
  sent: Command[];
  handlers: () => LockHandlers<Handoff>;
  /** The break is ended outside the page, as the popup ends it. */
  endElsewhere: () => void;
  /** How many watches for that the page keeps. */
  watching: () => number;
}

function harness(options: { busy?: boolean; failFinish?: number; refuseFinish?: boolean } = {}): Harness {
  // A break ended elsewhere leaves the session off: "Done for now" is refused there too.
  const refused = options.refuseFinish ? ['finishBreak', 'doneForNow'] : [];
  const sent: Command[] = [];
  let failures = options.failFinish ?? 0;
  let handlers: LockHandlers<Handoff> | null = null;
  const watchers = new Set<() => void>();
  const deps: StretchDeps = {
    send: vi.fn(async (command: Command): Promise<Reply> => {
      sent.push(command);
      if (refused.includes(command.type)) {
        return { ok: false, error: `"${command.type}" cannot be done while off the ball.`, refusedIn: 'off' };
      }
      if (command.type === 'finishBreak' && failures > 0) {
        failures -= 1;
        return { ok: false, error: 'The background did not answer.' };
      }
      return { ok: true, session: OFF, now: Date.now() };
    }),
    lock: {
      start: vi.fn((next: LockHandlers<Handoff>) => {
        handlers = next;
        if (options.busy) next.busy();
        else next.gained(null);
      }),
      takeOver: vi.fn(),
      release: vi.fn(),
      stop: vi.fn(),
    },
    cues: { prepare: vi.fn(), holdStarts: vi.fn(), holdEnds: vi.fn() },
    closeTab: vi.fn(async () => undefined),
    watchBreakEnd: (_breakId, ended) => {
      watchers.add(ended);
      return () => watchers.delete(ended);
    },
    routineName: 'full',
    newBreakId: () => 'break-1',
  };
  return {
    deps,
    sent,
    handlers: () => {
      if (!handlers) throw new Error('The page never asked for the lock');
      return handlers;
    },
    endElsewhere: () => {
      for (const ended of watchers) ended();
    },
    watching: () => watchers.size,
  };
}

/** Lets the page load from storage and the clock move on by `ms`. */
async function wait(ms = 0): Promise<void> {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
}

async function open(h: Harness): Promise<void> {
  render(<StretchPage deps={h.deps} />);
  await wait();
}

async function useSettings(changes: Partial<Settings>): Promise<void> {
  const routines = changes.breaks ? routinesFromBreaks(changes.breaks) : DEFAULT_SETTINGS.routines;
  await settingsItem.setValue({ ...DEFAULT_SETTINGS, routines, ...changes });
}

async function startBreak(h: Harness): Promise<void> {
  await safetyAcknowledgedItem.setValue(T0 - 1000);
  await open(h);
  fireEvent.click(screen.getByRole('button', { name: 'Start' }));
  await wait();
}

function timer(name: string): string {
  return screen.getByRole('timer', { name }).querySelector('.countdown-value')?.textContent ?? '';
}

/** The timer as a screen reader reads it: the number and its unit. */
function timerText(name: string): string {
  return screen.getByRole('timer', { name }).textContent ?? '';
}

function press(key: string): void {
  fireEvent.keyDown(document.body, { key });
}

/** What the default break did, ended 36 s in: one plank set. */
const ONE_PLANK_SET: BreakResult = {
  completed: false,
  exercises: [
    { id: 'plank', sets: 1, holdSeconds: 25 },
    { id: 'rotation', sets: 0, holdSeconds: 30 },
    { id: 'child-pose', sets: 0, holdSeconds: 30 },
  ],
};

/** The last report of that break as its page goes. */
const LAST_REPORT_AFTER_ONE_SET: Command = {
  type: 'breakProgress',
  breakId: 'break-1',
  ended: true,
  result: ONE_PLANK_SET,
};

function finishes(h: Harness) {
  return h.sent.filter((c) => c.type === 'finishBreak');
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(T0);
});

afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  await useLocale('en');
});

describe('safety before the first break', () => {
  it('is shown first, acknowledged once, and stays one click away', async () => {
    await open(harness());
    expect(screen.getByRole('heading', { name: 'Before your first stretch break' })).toBeTruthy();
    expect(screen.getByText(/doctor or a licensed physical therapist/)).toBeTruthy();
    expect(screen.getByText(/Stop any exercise that hurts/)).toBeTruthy();
    expect(screen.getByText(/Advanced moves.*are off until you choose them/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Start' })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'I understand' }));
    await wait();
    expect(await safetyAcknowledgedItem.getValue()).toBe(T0);
    expect(screen.getByRole('button', { name: 'Start' })).toBeTruthy();
    expect(screen.getByText('Safety notes')).toBeTruthy();

    cleanup();
    await open(harness());
    expect(screen.queryByRole('heading', { name: 'Before your first stretch break' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Start' })).toBeTruthy();
    expect(screen.getByText('Safety notes').closest('details')?.textContent).toMatch(/physical therapist/);
  });
});

describe('the routine', () => {
  it('lists each chosen exercise with its drawing, steps, dose and level', async () => {
    await progressionItem.setValue({ plank: 35 });
    await safetyAcknowledgedItem.setValue(T0);
    await open(harness());
    expect(screen.getByRole('heading', { name: 'Ball plank' })).toBeTruthy();
    expect(screen.getByRole('img', { name: /forearms on top of the ball/ })).toBeTruthy();
    expect(screen.getByText('3 sets of 35 s')).toBeTruthy();
    // The card's heading names the exercise, so its level line does not name it again.
    const card = (name: string) => screen.getByRole('heading', { name }).closest('article') as HTMLElement;
    expect(within(card('Ball plank')).getByText('Your level: 35 s of 60 s')).toBeTruthy();
    expect(within(card('Ball spinal rotation')).getByText('Your level: 30 s of 45 s')).toBeTruthy();
    expect(screen.queryByText(/^Ball plank: /)).toBeNull();
    expect(screen.getByText('3 times per side, 30 s each')).toBeTruthy();
    expect(screen.getByText(/Tighten your belly and lower back/)).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Wall squat with ball' })).toBeNull();
  });
});

describe("the person's own routine", () => {
  const own: CustomExercise = {
    id: 'custom-birddog',
    name: '<b>Bird dog</b> 🐦 تمرين',
    steps: '<img src=x onerror="alert(1)">\nReach the other leg back',
    kind: 'hold',
    amount: 20,
    sets: 2,
    perSide: true,
    progression: { step: 5, cap: 40 },
  };

  async function withOwnFirst(): Promise<void> {
    await browser.storage.sync.set({ [own.id]: own });
    const routines = withCustomAdded(DEFAULT_SETTINGS.routines, own);
    await useSettings({ routines: { ...routines, full: moveEntry(routines.full, routines.full.length - 1, 0) } });
  }

  it('runs an own exercise first, its name and steps shown as typed, with a neutral drawing and its note', async () => {
    await withOwnFirst();
    await progressionItem.setValue({ [own.id]: 25 });
    await safetyAcknowledgedItem.setValue(T0);
    await open(harness());
    const heading = screen.getAllByRole('heading', { level: 3 })[0];
    expect(heading?.textContent).toBe(own.name);
    expect(document.querySelector('img, b')).toBeNull();
    expect(screen.getByText('<img src=x onerror="alert(1)">')).toBeTruthy();
    expect(screen.getByRole('img', { name: /an exercise ball, for an exercise you added yourself/ })).toBeTruthy();
    expect(screen.getByText(/come from you, not from On the Ball. Stop if it hurts/)).toBeTruthy();
    expect(screen.getByText('2 times per side, 25 s each')).toBeTruthy();
    expect(screen.getByText('Your level: 25 s of 40 s')).toBeTruthy();
  });

  it('grows the own hold by its step after "easy"', async () => {
    await withOwnFirst();
    await useSettings({
      routines: { ...DEFAULT_SETTINGS.routines, full: [{ id: own.id, on: true, sets: 1 }] },
      restSeconds: 0,
    });
    await browser.storage.sync.set({ [own.id]: { ...own, perSide: false } });
    const h = harness();
    await startBreak(h);
    press('ArrowRight');
    await wait(20_000);
    fireEvent.click(await waitFor(() => screen.getByRole('button', { name: 'Easy' })));
    await waitFor(async () => expect(await progressionItem.getValue()).toEqual({ [own.id]: 25 }));
    expect(finishes(h)[0]).toMatchObject({
      result: { completed: true, exercises: [{ id: own.id, sets: 1, holdSeconds: 20 }] },
    });
  });

  it('opens on the quick break when asked, and can swap to the full one before starting', async () => {
    await safetyAcknowledgedItem.setValue(T0);
    const h = harness();
    h.deps.routineName = 'quick';
    await open(h);
    expect(screen.getByRole('heading', { name: 'Your quick break' })).toBeTruthy();
    expect(screen.getAllByRole('heading', { level: 3 }).map((e) => e.textContent)).toEqual([
      'Ball spinal rotation',
      "Modified child's pose",
    ]);
    expect(screen.getByText('1 set of 30 s')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Take the full break instead' }));
    await wait();
    expect(screen.getAllByRole('heading', { level: 3 })).toHaveLength(3);
    fireEvent.click(screen.getByRole('button', { name: 'Start' }));
    await wait();
    expect(h.sent.findLast((c) => c.type === 'breakProgress')).toMatchObject({
      result: { exercises: [{ id: 'plank' }, {}, {}] },
    });
    expect(h.sent.findLast((c) => c.type === 'startBreak')).toEqual({
      type: 'startBreak',
      routine: 'full',
      here: true,
    });
  });
});

describe('the timer', () => {
  it('counts down get ready, hold and rest from the clock', async () => {
    await useSettings({ breaks: ['plank'], restSeconds: 15 });
    const h = harness();
    await startBreak(h);
    expect(timer('Get ready')).toBe('10');
    expect(screen.getByText('Set 1 of 3')).toBeTruthy();
    expect(document.activeElement?.textContent).toBe('Pause');

    await wait(10_000);
    expect(timer('Hold')).toBe('25');
    await wait(24_500);
    expect(timer('Hold')).toBe('1');
    await wait(500);
    expect(timer('Rest')).toBe('15');
    expect(screen.getByText('Next: Ball plank, Set 2 of 3')).toBeTruthy();
  });

  it('names the unit in the form its number takes: "1 second", "2 seconds"', async () => {
    await useSettings({ breaks: ['plank'], restSeconds: 15 });
    await startBreak(harness());
    expect(timerText('Get ready')).toBe('10\u00a0seconds');
    await wait(10_000);
    expect(timerText('Hold')).toBe('25\u00a0seconds');
    await wait(23_000);
    expect(timerText('Hold')).toBe('2\u00a0seconds');
    await wait(1000);
    expect(timerText('Hold')).toBe('1\u00a0second');
  });

  it.each([
    // Written out by hand, so the test does not read its answers from the catalogue it checks.
    ['ru', '\u00a0', { 10: 'секунд', 25: 'секунд', 21: 'секунда', 2: 'секунды', 1: 'секунда' }],
    ['ar', '\u00a0', { 10: 'ثوانٍ', 25: 'ثانية', 21: 'ثانية', 2: 'ثانيتان', 1: 'ثانية' }],
    // Japanese sets no space between a number and its unit.
    ['ja', '', { 10: '秒', 25: '秒', 21: '秒', 2: '秒', 1: '秒' }],
  ] as const)('names the unit by the plural rules of %s', async (code, space, words) => {
    const say = messageReader(await useLocale(code));
    await useSettings({ breaks: ['plank'], restSeconds: 15 });
    await safetyAcknowledgedItem.setValue(T0 - 1000);
    await open(harness());
    fireEvent.click(screen.getByRole('button', { name: say('stretchPage_start') }));
    await wait();
    const shows = (count: keyof typeof words) => `${new Intl.NumberFormat(code).format(count)}${space}${words[count]}`;
    expect(timerText(say('stretchPage_getReady'))).toBe(shows(10));
    await wait(10_000);
    expect(timerText(say('stretchPage_hold'))).toBe(shows(25));
    await wait(4000);
    expect(timerText(say('stretchPage_hold'))).toBe(shows(21));
    await wait(19_000);
    expect(timerText(say('stretchPage_hold'))).toBe(shows(2));
    await wait(1000);
    expect(timerText(say('stretchPage_hold'))).toBe(shows(1));
  });

  it('catches up after the tab was throttled', async () => {
    await useSettings({ breaks: ['plank'], restSeconds: 15 });
    await startBreak(harness());
    // The clock jumps, as if the browser ran no timer for 52 s.
    vi.setSystemTime(T0 + 52_000);
    await wait(200);
    expect(timer('Get ready')).toBe('3');
    expect(screen.getByText('Set 2 of 3')).toBeTruthy();
  });

  it('pauses and resumes with Space, the number standing still meanwhile', async () => {
    await startBreak(harness());
    await wait(3000);
    expect(timer('Get ready')).toBe('7');

    press(' ');
    await wait();
    expect(screen.getByText('Paused')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Resume' })).toBeTruthy();
    await wait(20_000);
    expect(timer('Get ready')).toBe('7');

    press(' ');
    await wait(1000);
    expect(timer('Get ready')).toBe('6');
    expect(screen.getByRole('button', { name: 'Pause' })).toBeTruthy();
  });

  it('skips with the right arrow and goes back with the left arrow', async () => {
    await startBreak(harness());
    press('ArrowRight');
    await wait();
    expect(timer('Hold')).toBe('25');
    press('ArrowLeft');
    await wait();
    expect(timer('Get ready')).toBe('10');
    fireEvent.click(screen.getByRole('button', { name: 'Skip' }));
    await wait(5000);
    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    await wait();
    expect(timer('Hold')).toBe('25');
  });

  it('returns focus to Pause after Skip or Back is clicked, so Space pauses rather than skipping again', async () => {
    await startBreak(harness());
    const skipButton = screen.getByRole('button', { name: 'Skip' });
    skipButton.focus();
    fireEvent.click(skipButton, { detail: 1 });
    await wait();
    expect(timer('Hold')).toBe('25');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Pause' }));
    const backButton = screen.getByRole('button', { name: 'Back' });
    backButton.focus();
    fireEvent.click(backButton, { detail: 1 });
    await wait();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Pause' }));

    // Pressed from the keyboard (a click with no pointer), the button keeps focus, as buttons do.
    skipButton.focus();
    fireEvent.click(skipButton, { detail: 0 });
    await wait();
    expect(timer('Hold')).toBe('25');
    expect(document.activeElement).toBe(skipButton);
  });

  it('says which keys do what, before the break and during it', async () => {
    await safetyAcknowledgedItem.setValue(T0 - 1000);
    await open(harness());
    const hint = 'Keys: Space pauses or resumes, Right arrow skips, Left arrow goes back.';
    expect(screen.getByText(hint)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Start' }));
    await wait();
    expect(screen.getByText(hint)).toBeTruthy();
  });

  it('in a right-to-left language, skips with the left arrow and goes back with the right, as its hint says', async () => {
    const messages = await useLocale('ar');
    const say = messageReader(messages);
    await safetyAcknowledgedItem.setValue(T0 - 1000);
    await open(harness());
    const hint = say('stretchPage_keysHint', [say('stretchPage_leftArrow'), say('stretchPage_rightArrow')]);
    expect(hint).toBe('المفاتيح: المسافة للإيقاف المؤقت أو الاستئناف، والسهم الأيسر للتخطّي، والسهم الأيمن للرجوع.');
    expect(screen.getByText(hint)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: say('stretchPage_start') }));
    await wait();
    expect(screen.getByText(hint)).toBeTruthy();
    const [ten, twentyFive] = [10, 25].map((n) => new Intl.NumberFormat('ar').format(n));
    expect(timer(say('stretchPage_getReady'))).toBe(ten);

    press('ArrowLeft');
    await wait();
    expect(timer(say('stretchPage_hold'))).toBe(twentyFive);
    press('ArrowRight');
    await wait();
    expect(timer(say('stretchPage_getReady'))).toBe(ten);
  });

  it('leaves the arrow keys alone with a modifier held', async () => {
    await startBreak(harness());
    fireEvent.keyDown(document.body, { key: 'ArrowRight', altKey: true });
    await wait();
    expect(timer('Get ready')).toBe('10');
  });

  it('does each side of the child’s pose in turn', async () => {
    await useSettings({ breaks: ['child-pose'], restSeconds: 10 });
    await startBreak(harness());
    expect(screen.getByText('Left side, 1 of 3')).toBeTruthy();
    press('ArrowRight');
    press('ArrowRight');
    await wait();
    expect(timer('Get ready')).toBe('5');
    expect(screen.getByText('Right side, 1 of 3')).toBeTruthy();
    press('ArrowRight');
    press('ArrowRight');
    await wait();
    expect(timer('Rest')).toBe('10');
    expect(screen.getByText("Next: Modified child's pose, Left side, 2 of 3")).toBeTruthy();
  });

  it('waits for "Set done" on a set of repetitions', async () => {
    await useSettings({ breaks: ['wall-squat'], restSeconds: 0 });
    await startBreak(harness());
    await wait(60_000);
    expect(screen.getByText('10 repetitions')).toBeTruthy();
    expect(screen.queryByRole('timer')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Set done' }));
    await wait();
    expect(screen.getByText('Set 2 of 2')).toBeTruthy();
  });

  it('announces each new step politely', async () => {
    await startBreak(harness());
    const status = screen.getByRole('status');
    expect(status.textContent).toBe('Get ready: Ball plank, Set 1 of 3.');
    press('ArrowRight');
    await wait();
    expect(status.textContent).toBe('Hold for 25 seconds. Set 1 of 3.');
    press(' ');
    await wait();
    expect(status.textContent).toBe('Paused.');
  });
});

describe('sound cues', () => {
  it('sound at the start and end of each hold when switched on', async () => {
    await useSettings({ breaks: ['plank'], restSeconds: 5, soundCues: true });
    const h = harness();
    await startBreak(h);
    expect(h.deps.cues.prepare).toHaveBeenCalledOnce();
    await wait(10_000);
    expect(h.deps.cues.holdStarts).toHaveBeenCalledOnce();
    expect(h.deps.cues.holdEnds).not.toHaveBeenCalled();
    await wait(25_000);
    expect(h.deps.cues.holdEnds).toHaveBeenCalledOnce();
  });

  it('stay silent by default', async () => {
    const h = harness();
    await startBreak(h);
    await wait(40_000);
    expect(h.deps.cues.prepare).not.toHaveBeenCalled();
    expect(h.deps.cues.holdStarts).not.toHaveBeenCalled();
  });
});

describe('the end of a break', () => {
  it('records the whole routine, asks how it felt and moves the plank up', async () => {
    await useSettings({ breaks: ['plank'], restSeconds: 0 });
    const h = harness();
    await startBreak(h);
    await wait(35_000);
    expect(h.sent.at(-1)).toEqual({
      type: 'breakProgress',
      breakId: 'break-1',
      result: { completed: false, exercises: [{ id: 'plank', sets: 1, holdSeconds: 25 }] },
      ended: false,
    });
    await wait(60_000);
    // The reply to "finishBreak" arrives after the last tick.
    await wait();
    expect(screen.getByRole('heading', { name: 'Well done' })).toBeTruthy();
    expect(finishes(h)).toEqual([
      { type: 'finishBreak', result: { completed: true, exercises: [{ id: 'plank', sets: 3, holdSeconds: 25 }] } },
    ]);
    expect(screen.getByText('Ball plank: 3 of 3 sets, 25 s holds')).toBeTruthy();
    expect(screen.getByText('Saved to your history.')).toBeTruthy();
    expect(h.deps.lock.release).toHaveBeenCalled();

    expect(screen.getByRole('heading', { name: 'How did that feel?' })).toBeTruthy();
    const group = screen.getByRole('group', { name: 'Ball plank' });
    fireEvent.click(screen.getByRole('button', { name: 'Easy' }));
    await wait();
    expect(await progressionItem.getValue()).toEqual({ plank: 35 });
    expect(group.textContent).toContain('Ball plank: 35\u00a0s of 60\u00a0s');
    expect(screen.getByRole('button', { name: 'Easy' }).getAttribute('aria-pressed')).toBe('true');

    fireEvent.click(screen.getByRole('button', { name: 'Too hard' }));
    await wait();
    expect(await progressionItem.getValue()).toEqual({ plank: 25 });
    expect(group.textContent).toContain('Ball plank: 25\u00a0s of 60\u00a0s');
  });

  it('steps a harder plank back down when it felt too hard', async () => {
    await useSettings({ breaks: ['plank'], restSeconds: 0 });
    await progressionItem.setValue({ plank: 45 });
    await startBreak(harness());
    await wait(200_000);
    fireEvent.click(screen.getByRole('button', { name: 'Too hard' }));
    await wait();
    expect(await progressionItem.getValue()).toEqual({ plank: 35 });
    expect(screen.getByRole('group', { name: 'Ball plank' }).textContent).toContain(
      'Ball plank: 35\u00a0s of 60\u00a0s',
    );
    expect(screen.getByRole('status').textContent).toBe('Ball plank: 35\u00a0s of 60\u00a0s');
  });

  it('records a break ended early with what was done, without asking how it felt', async () => {
    const h = harness();
    await startBreak(h);
    await wait(36_000);
    fireEvent.click(screen.getByRole('button', { name: 'End break' }));
    await wait();
    expect(screen.getByRole('heading', { name: 'Break ended' })).toBeTruthy();
    expect(finishes(h)).toEqual([{ type: 'finishBreak', result: ONE_PLANK_SET }]);
    expect(screen.getByText('Ball plank: 1 of 3 sets, 25 s holds')).toBeTruthy();
    // Its card says "3 times per side": the line counts each side and says so.
    expect(screen.getByText("Modified child's pose: 0 of 6 holds, both sides counted, 30 s each")).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'How did that feel?' })).toBeNull();
  });

  it('says no set was done when the break ends before the first, rather than listing noughts', async () => {
    await startBreak(harness());
    fireEvent.click(screen.getByRole('button', { name: 'End break' }));
    await wait();
    expect(screen.getByRole('heading', { name: 'Break ended' })).toBeTruthy();
    expect(screen.getByText('No sets were done in this break.')).toBeTruthy();
    expect(screen.queryByText('Here is what you did:')).toBeNull();
    expect(screen.queryByText(/Ball plank: 0 of 3 sets/)).toBeNull();
    // Nothing was added to the history, so nothing is said to be saved there.
    expect(screen.queryByText('Saved to your history.')).toBeNull();
  });

  it('says when the break could not be saved and tries again', async () => {
    const h = harness({ failFinish: 1 });
    await startBreak(h);
    // One plank set done, so there is something to save.
    await wait(36_000);
    fireEvent.click(screen.getByRole('button', { name: 'End break' }));
    await wait();
    expect(screen.getByRole('alert').textContent).toBe(
      'Could not save this break to your history: The background did not answer.',
    );
    expect(h.deps.lock.release).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await wait();
    expect(screen.getByText('Saved to your history.')).toBeTruthy();
    expect(finishes(h)).toHaveLength(2);
    expect(h.deps.lock.release).toHaveBeenCalled();
  });

  it('says so in plain words when the break was ended elsewhere', async () => {
    const h = harness({ refuseFinish: true });
    await startBreak(h);
    fireEvent.click(screen.getByRole('button', { name: 'End break' }));
    await wait();
    expect(screen.getByRole('alert').textContent).toBe(
      'Could not save this break to your history: it had already been ended elsewhere.',
    );
    // Trying again cannot help, and stopping for now is already done: the tab just closes.
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
    // Nothing is left for this tab to record, so the next break may open in another.
    expect(h.deps.lock.release).toHaveBeenCalledOnce();
    fireEvent.click(screen.getByRole('button', { name: 'Done for now' }));
    await wait();
    expect(screen.queryByText(/cannot be done/)).toBeNull();
    expect(h.deps.closeTab).toHaveBeenCalledOnce();
  });

  it('starts the break in its own tab on Start, so a break ended meanwhile (a reload) is on again', async () => {
    const h = harness();
    await startBreak(h);
    expect(h.sent.filter((c) => c.type === 'startBreak')).toEqual([
      { type: 'startBreak', routine: 'full', here: true },
    ]);
    // Reported again once that break is on, so the background follows this tab from the start.
    expect(h.sent.slice(-2).map((c) => c.type)).toEqual(['startBreak', 'breakProgress']);
  });

  it('goes back on the ball or stops for now, then closes the tab', async () => {
    const h = harness();
    await startBreak(h);
    fireEvent.click(screen.getByRole('button', { name: 'End break' }));
    await wait();
    fireEvent.click(screen.getByRole('button', { name: 'Back on the ball' }));
    await wait();
    expect(h.sent.at(-1)).toEqual({ type: 'anotherBlock' });
    expect(screen.getByText('A new block has started. You can close this tab.')).toBeTruthy();
    expect(h.deps.closeTab).toHaveBeenCalledOnce();

    cleanup();
    const again = harness();
    await startBreak(again);
    fireEvent.click(screen.getByRole('button', { name: 'End break' }));
    await wait();
    fireEvent.click(screen.getByRole('button', { name: 'Done for now' }));
    await wait();
    expect(again.sent.at(-1)).toEqual({ type: 'doneForNow' });
  });
});

describe('a break ended outside its page', () => {
  it('stops, says so, records what was done and lets the next break open in any tab', async () => {
    const h = harness();
    await startBreak(h);
    await wait(36_000);
    act(() => h.endElsewhere());
    await wait();
    expect(screen.getByRole('heading', { name: 'This stretch break has ended' })).toBeTruthy();
    expect(
      screen.getByText('It was ended outside this tab. Anything you did is in your history. You can close this tab.'),
    ).toBeTruthy();
    expect(screen.queryByRole('timer')).toBeNull();
    expect(h.sent.at(-1)).toEqual(LAST_REPORT_AFTER_ONE_SET);
    expect(h.deps.lock.release).toHaveBeenCalledOnce();
    // Nothing more is reported, neither as time passes nor as the tab closes.
    const reports = h.sent.length;
    await wait(120_000);
    window.dispatchEvent(new Event('pagehide'));
    expect(h.sent).toHaveLength(reports);
  });

  it('ends the introduction too, but not a break that has finished here', async () => {
    const h = harness();
    await safetyAcknowledgedItem.setValue(T0 - 1000);
    await open(h);
    expect(h.watching()).toBe(1);
    act(() => h.endElsewhere());
    await wait();
    expect(screen.getByRole('heading', { name: 'This stretch break has ended' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Start' })).toBeNull();
    expect(h.watching()).toBe(0);

    cleanup();
    const finished = harness();
    await startBreak(finished);
    fireEvent.click(screen.getByRole('button', { name: 'End break' }));
    await wait();
    // The person's choice on the summary ends the session's break: that is this page's own doing.
    expect(finished.watching()).toBe(0);
  });
});

describe('leaving the page', () => {
  it('sends a last report of what was done', async () => {
    const h = harness();
    await startBreak(h);
    await wait(36_000);
    window.dispatchEvent(new Event('pagehide'));
    expect(h.sent.at(-1)).toEqual(LAST_REPORT_AFTER_ONE_SET);
  });

  it('sends nothing from a tab that does not run the break', async () => {
    const h = harness({ busy: true });
    await open(h);
    window.dispatchEvent(new Event('pagehide'));
    expect(h.sent).toEqual([]);
  });
});

describe('one break at a time', () => {
  it('says when another tab runs the break and offers to take it over', async () => {
    const h = harness({ busy: true });
    await safetyAcknowledgedItem.setValue(T0);
    await open(h);
    expect(screen.getByRole('heading', { name: 'Your stretch break is open in another tab' })).toBeTruthy();
    expect(h.sent).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Continue here' }));
    expect(h.deps.lock.takeOver).toHaveBeenCalledOnce();

    // The other tab hands over a break 12 s in: this tab carries on from there.
    const routine = buildRoutine(DEFAULT_SETTINGS, {});
    act(() =>
      h.handlers().gained({ breakId: 'from-other-tab', routine, routineName: 'full', run: startRun(T0 - 12_000) }),
    );
    await wait();
    expect(timer('Hold')).toBe('23');
    expect(h.sent.at(-1)).toMatchObject({ type: 'breakProgress', breakId: 'from-other-tab' });
  });

  it('plays its sound cues in the tab that took a running break over', async () => {
    await useSettings({ soundCues: true });
    const h = harness({ busy: true });
    await safetyAcknowledgedItem.setValue(T0);
    await open(h);
    fireEvent.click(screen.getByRole('button', { name: 'Continue here' }));
    const routine = buildRoutine(DEFAULT_SETTINGS, {});
    act(() => h.handlers().gained({ breakId: 'from-other-tab', routine, routineName: 'full', run: startRun(T0) }));
    await wait();
    expect(h.deps.cues.prepare).toHaveBeenCalledOnce();
    await wait(10_000);
    expect(h.deps.cues.holdStarts).toHaveBeenCalledOnce();
  });

  it('hands its state over when another tab takes the break', async () => {
    const h = harness();
    await startBreak(h);
    await wait(4000);
    let handoff: Handoff | null = null;
    act(() => {
      handoff = h.handlers().lost();
    });
    await wait();
    expect(handoff).toMatchObject({ breakId: 'break-1', run: { index: 0, stepStartedAt: T0 } });
    expect(screen.getByRole('heading', { name: 'Your stretch break is open in another tab' })).toBeTruthy();
    expect(screen.queryByRole('timer')).toBeNull();
  });
});
