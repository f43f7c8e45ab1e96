import { describe, expect, it } from 'vitest';
import {
  type Effect,
  EXTEND_MINUTES,
  type SessionEvent,
  SNOOZE_MINUTES,
  STALE_AFTER_MS,
  step,
} from '@/utils/domain/machine';
import { ALARM, plan } from '@/utils/domain/plan';
import { MINUTE, minutesLeft, OFF, type Session } from '@/utils/domain/session';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/domain/settings';

const T0 = new Date(2026, 10, 23, 10, 0, 0).getTime();
const settings: Settings = DEFAULT_SETTINGS;

function run(events: [number, SessionEvent][], from: Session = OFF, config: Settings = settings) {
  let session = from;
  const effects: Effect[] = [];
  for (const [at, event] of events) {
    const result = step(session, event, at, config);
    session = result.session;
    effects.push(...result.effects);
  }
  return { session, effects };
}

const notices = (effects: Effect[]) => effects.flatMap((e) => (e.type === 'notify' ? [e.notice] : []));

describe('turning "On ball" on and off', () => {
  it('starts a block of the configured length with the first posture check', () => {
    const { session } = run([[T0, { type: 'start' }]]);
    expect(session.phase).toBe('sitting');
    expect(session.block).toEqual({
      startedAt: T0,
      endsAt: T0 + 30 * MINUTE,
      lengthMinutes: 30,
      pausedMs: 0,
      nextPostureAt: T0 + 10 * MINUTE,
    });
    expect(minutesLeft(session, T0)).toBe(30);
  });

  it('uses the configured lengths', () => {
    const { session } = run([[T0, { type: 'start' }]], OFF, { ...settings, blockMinutes: 45, postureMinutes: 5 });
    expect(session.block?.endsAt).toBe(T0 + 45 * MINUTE);
    expect(session.block?.nextPostureAt).toBe(T0 + 5 * MINUTE);
  });

  it('starting twice does not start a second block', () => {
    const once = run([[T0, { type: 'start' }]]);
    const twice = run([[T0 + MINUTE, { type: 'start' }]], once.session);
    expect(twice.session).toBe(once.session);
  });

  it('switching off ends the block early and records the minutes sat', () => {
    const { session, effects } = run([
      [T0, { type: 'start' }],
      [T0 + 12 * MINUTE, { type: 'stop' }],
    ]);
    expect(session.phase).toBe('off');
    expect(session.block).toBeNull();
    expect(effects).toContainEqual({ type: 'sat', from: T0, to: T0 + 12 * MINUTE, ended: 'early' });
  });

  it('toggle flips between on and off', () => {
    const on = run([[T0, { type: 'toggle' }]]);
    expect(on.session.phase).toBe('sitting');
    const off = run([[T0 + MINUTE, { type: 'toggle' }]], on.session);
    expect(off.session.phase).toBe('off');
  });

  it('switching off when already off does nothing', () => {
    expect(run([[T0, { type: 'stop' }]]).effects).toEqual([]);
  });
});

describe('posture checks', () => {
  it('shows a check when due, rotating the cue, and schedules the next', () => {
    const { session, effects } = run([
      [T0, { type: 'start' }],
      [T0 + 10 * MINUTE, { type: 'wake' }],
    ]);
    expect(effects).toContainEqual({ type: 'notify', notice: 'posture', cue: 0 });
    expect(session.cueIndex).toBe(1);
    expect(session.postureOpen).toBe(true);
    expect(session.block?.nextPostureAt).toBe(T0 + 20 * MINUTE);
  });

  it('keeps checks on the minutes of the countdown when one is shown a moment after its minute', () => {
    const shownAt = T0 + 10 * MINUTE + 80;
    const { session } = run([
      [T0, { type: 'start' }],
      [shownAt, { type: 'wake' }],
    ]);
    // Counted from the moment it was shown, the next would fall 80 ms after the badge's wake.
    expect(session.block?.nextPostureAt).toBe(T0 + 20 * MINUTE);
    const { alarms } = plan(session, settings, shownAt);
    const when = (name: string) => alarms.find((a) => a.name === name)?.when ?? Number.NaN;
    // The minute badge's alarm fires on the same minutes, so one wake serves both.
    expect(when(ALARM.posture)).toBe(T0 + 20 * MINUTE);
    expect((when(ALARM.posture) - when(ALARM.badge)) % MINUTE).toBe(0);
  });

  it('an early wake shows nothing', () => {
    const { effects } = run([
      [T0, { type: 'start' }],
      [T0 + 9 * MINUTE, { type: 'wake' }],
    ]);
    expect(notices(effects)).toEqual([]);
  });

  it('"Looks good" closes the check and counts it as answered', () => {
    const { session, effects } = run([
      [T0, { type: 'start' }],
      [T0 + 10 * MINUTE, { type: 'wake' }],
      [T0 + 10 * MINUTE + 5000, { type: 'postureGood' }],
    ]);
    expect(session.postureOpen).toBe(false);
    expect(effects).toContainEqual({ type: 'posture', outcome: 'good', at: T0 + 10 * MINUTE + 5000 });
  });

  it.each([
    [3_000, 10 + SNOOZE_MINUTES],
    [40_000, 11 + SNOOZE_MINUTES],
  ])(
    '"Snooze 5 min", %i ms into a minute, brings the check back on the countdown’s nearest minute five minutes on',
    (into, minute) => {
      const { session } = run([
        [T0, { type: 'start' }],
        [T0 + 10 * MINUTE, { type: 'wake' }],
        [T0 + 10 * MINUTE + into, { type: 'postureSnooze' }],
      ]);
      expect(session.block?.nextPostureAt).toBe(T0 + minute * MINUTE);
    },
  );

  it('an unanswered check counts as ignored when the next one arrives', () => {
    const { effects, session } = run([
      [T0, { type: 'start' }],
      [T0 + 10 * MINUTE, { type: 'wake' }],
      [T0 + 20 * MINUTE, { type: 'wake' }],
    ]);
    expect(effects).toContainEqual({ type: 'posture', outcome: 'missed', at: T0 + 20 * MINUTE });
    expect(effects).toContainEqual({ type: 'notify', notice: 'posture', cue: 1 });
    expect(session.cueIndex).toBe(2);
  });

  it('a check still open when the block ends counts as ignored', () => {
    const { effects } = run([
      [T0, { type: 'start' }],
      [T0 + 10 * MINUTE, { type: 'wake' }],
      [T0 + 12 * MINUTE, { type: 'stop' }],
    ]);
    expect(effects).toContainEqual({ type: 'posture', outcome: 'missed', at: T0 + 12 * MINUTE });
    expect(effects).toContainEqual({ type: 'clear', notice: 'posture' });
  });

  it('a check missed while the laptop slept is skipped, not shown late', () => {
    const late = T0 + 10 * MINUTE + STALE_AFTER_MS + 1;
    const { effects, session } = run([
      [T0, { type: 'start' }],
      [late, { type: 'wake' }],
    ]);
    expect(notices(effects)).toEqual([]);
    // Ten minutes from the wake, on the countdown's nearest minute.
    expect(session.block?.nextPostureAt).toBe(T0 + 22 * MINUTE);
  });

  it('turning checks off mid-block drops the pending one; turning them on schedules one', () => {
    const on = run([[T0, { type: 'start' }]]);
    const off = run([[T0 + MINUTE, { type: 'wake' }]], on.session, { ...settings, postureEnabled: false });
    expect(off.session.block?.nextPostureAt).toBeNull();
    const back = run([[T0 + 2 * MINUTE, { type: 'wake' }]], off.session);
    expect(back.session.block?.nextPostureAt).toBe(T0 + 12 * MINUTE);
  });

  it('outside working hours no check is shown', () => {
    const evening = new Date(2026, 10, 23, 18, 0, 0).getTime();
    const config: Settings = { ...settings, schedule: { ...settings.schedule, enabled: true } };
    const { effects } = run(
      [
        [evening, { type: 'start' }],
        [evening + 10 * MINUTE, { type: 'wake' }],
      ],
      OFF,
      config,
    );
    expect(notices(effects)).toEqual([]);
  });
});

describe('the end of a block', () => {
  it('finishes the block once, with one notification saying how long they sat', () => {
    const { session, effects } = run([
      [T0, { type: 'start' }],
      [T0 + 30 * MINUTE, { type: 'wake' }],
      [T0 + 30 * MINUTE + 10, { type: 'wake' }],
    ]);
    expect(session.phase).toBe('blockDone');
    expect(session.lastBlockMinutes).toBe(30);
    expect(notices(effects)).toEqual(['blockDone']);
    expect(effects).toContainEqual({ type: 'sat', from: T0, to: T0 + 30 * MINUTE, ended: 'completed' });
  });

  it('after a sleep that passed the end: exactly one "block done" and no stale posture checks', () => {
    const { session, effects } = run([
      [T0, { type: 'start' }],
      [T0 + 3 * 60 * MINUTE, { type: 'wake' }],
    ]);
    expect(session.phase).toBe('blockDone');
    expect(notices(effects)).toEqual(['blockDone']);
    expect(effects.filter((e) => e.type === 'sat')).toEqual([
      { type: 'sat', from: T0, to: T0 + 30 * MINUTE, ended: 'completed' },
    ]);
  });

  it('"5 more minutes" starts a short block', () => {
    const at = T0 + 31 * MINUTE;
    const { session } = run([
      [T0, { type: 'start' }],
      [T0 + 30 * MINUTE, { type: 'wake' }],
      [at, { type: 'extend' }],
    ]);
    expect(session.phase).toBe('sitting');
    expect(session.block?.endsAt).toBe(at + EXTEND_MINUTES * MINUTE);
  });

  it('"Start stretch break" opens the break and "Done for now" switches off', () => {
    const onBreak = run([
      [T0, { type: 'start' }],
      [T0 + 30 * MINUTE, { type: 'wake' }],
      [T0 + 31 * MINUTE, { type: 'startBreak' }],
    ]);
    expect(onBreak.session.phase).toBe('onBreak');
    expect(onBreak.effects).toContainEqual({ type: 'openBreak', routine: 'full' });
    const done = run([[T0 + 40 * MINUTE, { type: 'doneForNow' }]], onBreak.session);
    expect(done.session.phase).toBe('off');
  });

  it('a break started from its own page keeps that page’s tab, whether or not a break was on', () => {
    const off = run([[T0, { type: 'startBreak', routine: 'quick', tabId: 4 }]]);
    expect(off.session.phase).toBe('onBreak');
    expect(off.effects).toContainEqual({ type: 'openBreak', routine: 'quick', tabId: 4 });
    const again = run([[T0 + MINUTE, { type: 'startBreak', tabId: 4 }]], off.session);
    expect(again.session).toBe(off.session);
    expect(again.effects).toEqual([{ type: 'openBreak', routine: 'full', tabId: 4 }]);
  });

  it('a break taken mid-block ends the block early', () => {
    const { effects } = run([
      [T0, { type: 'start' }],
      [T0 + 20 * MINUTE, { type: 'startBreak' }],
    ]);
    expect(effects).toContainEqual({ type: 'sat', from: T0, to: T0 + 20 * MINUTE, ended: 'early' });
  });

  it('outside working hours the block still ends, silently', () => {
    const evening = new Date(2026, 10, 23, 18, 0, 0).getTime();
    const config: Settings = { ...settings, schedule: { ...settings.schedule, enabled: true } };
    const { session, effects } = run(
      [
        [evening, { type: 'start' }],
        [evening + 30 * MINUTE, { type: 'wake' }],
      ],
      OFF,
      config,
    );
    expect(session.phase).toBe('blockDone');
    expect(notices(effects)).toEqual([]);
  });

  it('a block that ended before the working day closed is finished, not ended early, after a sleep', () => {
    const start = new Date(2026, 10, 23, 16, 20, 0).getTime();
    const evening = new Date(2026, 10, 23, 18, 0, 0).getTime();
    const config: Settings = { ...settings, schedule: { ...settings.schedule, enabled: true, offAtEnd: true } };
    const { session, effects } = run(
      [
        [start, { type: 'start' }],
        [evening, { type: 'wake' }],
      ],
      OFF,
      config,
    );
    expect(session.phase).toBe('blockDone');
    expect(effects).toContainEqual({ type: 'sat', from: start, to: start + 30 * MINUTE, ended: 'completed' });
  });

  it('switches itself off at the end of the working day when asked to', () => {
    const late = new Date(2026, 10, 23, 16, 50, 0).getTime();
    const end = new Date(2026, 10, 23, 17, 0, 0).getTime();
    const config: Settings = { ...settings, schedule: { ...settings.schedule, enabled: true, offAtEnd: true } };
    const { session, effects } = run(
      [
        [late, { type: 'start' }],
        [end + 1000, { type: 'wake' }],
      ],
      OFF,
      config,
    );
    expect(session.phase).toBe('off');
    expect(effects).toContainEqual({ type: 'sat', from: late, to: end, ended: 'early' });
  });
});

describe('pausing', () => {
  it('a timed pause freezes the countdown and resumes by itself', () => {
    const paused = run([
      [T0, { type: 'start' }],
      [T0 + 5 * MINUTE, { type: 'pause', minutes: 15 }],
    ]);
    expect(paused.session.phase).toBe('paused');
    expect(minutesLeft(paused.session, T0 + 15 * MINUTE)).toBe(25);
    const resumed = run([[T0 + 20 * MINUTE, { type: 'wake' }]], paused.session);
    expect(resumed.session.phase).toBe('sitting');
    expect(resumed.session.block?.endsAt).toBe(T0 + 45 * MINUTE);
    expect(resumed.session.block?.pausedMs).toBe(15 * MINUTE);
    expect(resumed.session.block?.nextPostureAt).toBe(T0 + 25 * MINUTE);
  });

  it('a pause until resumed waits for "Resume"', () => {
    const paused = run([
      [T0, { type: 'start' }],
      [T0 + 5 * MINUTE, { type: 'pause', minutes: null }],
      [T0 + 5 * 60 * MINUTE, { type: 'wake' }],
    ]);
    expect(paused.session.phase).toBe('paused');
    const resumed = run([[T0 + 6 * 60 * MINUTE, { type: 'resume' }]], paused.session);
    expect(resumed.session.phase).toBe('sitting');
    expect(minutesLeft(resumed.session, T0 + 6 * 60 * MINUTE)).toBe(25);
  });

  it('minutes sat leave out the pause', () => {
    const { effects } = run([
      [T0, { type: 'start' }],
      [T0 + 5 * MINUTE, { type: 'pause', minutes: null }],
      [T0 + 20 * MINUTE, { type: 'resume' }],
      [T0 + 30 * MINUTE, { type: 'stop' }],
    ]);
    const sat = effects.find((e) => e.type === 'sat');
    expect(sat).toEqual({ type: 'sat', from: T0 + 15 * MINUTE, to: T0 + 30 * MINUTE, ended: 'early' });
  });
});

describe('stepping away', () => {
  const leftAt = T0 + 8 * MINUTE;

  it('pauses the block and the posture checks while away', () => {
    const { session } = run([
      [T0, { type: 'start' }],
      [leftAt + MINUTE, { type: 'away', since: leftAt }],
    ]);
    expect(session.phase).toBe('paused');
    expect(session.pause).toEqual({ since: leftAt, reason: 'away', until: null });
  });

  it('a short absence resumes where it left off', () => {
    const { session, effects } = run([
      [T0, { type: 'start' }],
      [leftAt + MINUTE, { type: 'away', since: leftAt }],
      [leftAt + 4 * MINUTE, { type: 'back' }],
    ]);
    expect(session.phase).toBe('sitting');
    expect(minutesLeft(session, leftAt + 4 * MINUTE)).toBe(22);
    expect(notices(effects)).toEqual([]);
  });

  it('a long absence closes the block when they left and asks once if they are back', () => {
    const { session, effects } = run([
      [T0, { type: 'start' }],
      [leftAt + MINUTE, { type: 'away', since: leftAt }],
      [leftAt + 45 * MINUTE, { type: 'back' }],
    ]);
    expect(session.phase).toBe('off');
    expect(effects).toContainEqual({ type: 'sat', from: T0, to: leftAt, ended: 'early' });
    expect(notices(effects)).toEqual(['welcomeBack']);
  });

  it('the absence threshold is configurable', () => {
    const config = { ...settings, awayEndsBlockMinutes: 60 };
    const { session } = run(
      [
        [T0, { type: 'start' }],
        [leftAt + MINUTE, { type: 'away', since: leftAt }],
        [leftAt + 45 * MINUTE, { type: 'back' }],
      ],
      OFF,
      config,
    );
    expect(session.phase).toBe('sitting');
  });

  it('an absence that began before the block pauses it from its start, never earlier', () => {
    const { session } = run([
      [T0, { type: 'start' }],
      [T0 + 30_000, { type: 'away', since: T0 - 30_000 }],
    ]);
    expect(session.pause).toEqual({ since: T0, reason: 'away', until: null });
    expect(minutesLeft(session, T0 + 2 * MINUTE)).toBe(30);
  });

  it('a one-minute block paused by an absence from before it shows no more than a minute left', () => {
    const { session } = run(
      [
        [T0, { type: 'start' }],
        [T0 + 20_000, { type: 'away', since: T0 - 40_000 }],
      ],
      OFF,
      { ...settings, blockMinutes: 1 },
    );
    expect(minutesLeft(session, T0 + 20_000)).toBe(1);
    expect(session.block?.endsAt).toBe(T0 + MINUTE);
  });

  it('with "pause when away" off, being away changes nothing', () => {
    const { session } = run(
      [
        [T0, { type: 'start' }],
        [leftAt, { type: 'away', since: leftAt }],
      ],
      OFF,
      { ...settings, pauseWhenAway: false },
    );
    expect(session.phase).toBe('sitting');
  });

  it('a wake that finds someone at the desk counts as coming back, since no word of it may come', () => {
    const away = run([
      [T0, { type: 'start' }],
      [leftAt + MINUTE, { type: 'away', since: leftAt }],
    ]).session;
    const nobody = step(away, { type: 'wake' }, leftAt + 4 * MINUTE, settings, { fullScreen: false, away: true });
    expect(nobody.session).toBe(away);
    const soon = step(away, { type: 'wake' }, leftAt + 4 * MINUTE, settings);
    expect(soon.session.phase).toBe('sitting');
    expect(minutesLeft(soon.session, leftAt + 4 * MINUTE)).toBe(22);
    const late = step(away, { type: 'wake' }, leftAt + 45 * MINUTE, settings);
    expect(late.session.phase).toBe('off');
    expect(notices(late.effects)).toEqual(['welcomeBack']);
  });

  it('coming back to a block the person paused themselves keeps it paused', () => {
    const { session } = run([
      [T0, { type: 'start' }],
      [T0 + MINUTE, { type: 'pause', minutes: null }],
      [T0 + 2 * MINUTE, { type: 'away', since: T0 + 2 * MINUTE }],
      [T0 + 60 * MINUTE, { type: 'back' }],
    ]);
    expect(session.phase).toBe('paused');
    expect(session.pause?.reason).toBe('user');
  });
});

describe('the heads-up before the end', () => {
  const withHeadsUp: Settings = { ...settings, headsUp: true };

  it('comes once, a minute before the end, and is cleared when the block ends', () => {
    const { effects, session } = run(
      [
        [T0, { type: 'start' }],
        [T0 + 29 * MINUTE - 1, { type: 'wake' }],
        [T0 + 29 * MINUTE, { type: 'wake' }],
        [T0 + 29 * MINUTE + 30_000, { type: 'wake' }],
      ],
      OFF,
      withHeadsUp,
    );
    expect(notices(effects).filter((n) => n === 'headsUp')).toHaveLength(1);
    expect(session.headsUpGiven).toBe(true);
    const done = step(session, { type: 'wake' }, T0 + 30 * MINUTE, withHeadsUp);
    expect(done.effects).toContainEqual({ type: 'clear', notice: 'headsUp' });
    expect(notices(done.effects)).toEqual(['blockDone']);
  });

  it('is off by default and never comes in a block of a minute or less', () => {
    const byDefault = run([
      [T0, { type: 'start' }],
      [T0 + 29 * MINUTE, { type: 'wake' }],
    ]);
    expect(notices(byDefault.effects)).not.toContain('headsUp');
    const short = run(
      [
        [T0, { type: 'start' }],
        [T0 + 30_000, { type: 'wake' }],
      ],
      OFF,
      { ...withHeadsUp, blockMinutes: 1 },
    );
    expect(notices(short.effects)).toEqual([]);
  });

  it('is skipped while a window is full screen, and not given late', () => {
    const at = T0 + 29 * MINUTE;
    const started = step(OFF, { type: 'start' }, T0, withHeadsUp).session;
    const held = step(started, { type: 'wake' }, at, withHeadsUp, { fullScreen: true, away: false });
    expect(notices(held.effects)).toEqual([]);
    const later = step(held.session, { type: 'wake' }, at + 10_000, withHeadsUp);
    expect(notices(later.effects)).toEqual([]);
  });
});

describe('pausing until a moment', () => {
  const at = new Date(2026, 10, 23, 15, 20).getTime();
  const hours: Settings = { ...settings, schedule: { ...settings.schedule, enabled: true } };

  it('"until tomorrow" pauses until the next local midnight', () => {
    const { session } = run([
      [at - MINUTE, { type: 'start' }],
      [at, { type: 'pauseUntil', until: 'tomorrow' }],
    ]);
    expect(session.pause).toEqual({ since: at, reason: 'user', until: new Date(2026, 10, 24, 0, 0).getTime() });
  });

  it('"until the working day starts" pauses until the next start, and only with working hours on', () => {
    const paused = run(
      [
        [at - MINUTE, { type: 'start' }],
        [at, { type: 'pauseUntil', until: 'workday' }],
      ],
      OFF,
      hours,
    );
    expect(paused.session.pause?.until).toBe(new Date(2026, 10, 24, 9, 0).getTime());
    const without = run([
      [at - MINUTE, { type: 'start' }],
      [at, { type: 'pauseUntil', until: 'workday' }],
    ]);
    expect(without.session.phase).toBe('sitting');
  });

  it('when woken long after the pause ended, the block goes on from now with the time it had left', () => {
    const until = new Date(2026, 10, 24, 9, 0).getTime();
    const late = until + 40 * MINUTE;
    const { session, effects } = run(
      [
        [at - 5 * MINUTE, { type: 'start' }],
        [at, { type: 'pauseUntil', until: 'workday' }],
        [late, { type: 'wake' }],
      ],
      OFF,
      hours,
    );
    expect(session.phase).toBe('sitting');
    expect(minutesLeft(session, late)).toBe(25);
    expect(notices(effects)).toEqual([]);
  });

  it('when nobody is at the desk as the pause ends, it goes on as an away pause and coming back ends the block', () => {
    const started = at - 5 * MINUTE;
    const paused = run([
      [started, { type: 'start' }],
      [at, { type: 'pauseUntil', until: 'tomorrow' }],
    ]).session;
    const midnight = new Date(2026, 10, 24, 0, 0).getTime();
    const night = step(paused, { type: 'wake' }, midnight, settings, { fullScreen: false, away: true });
    expect(night.session.phase).toBe('paused');
    expect(night.session.pause).toEqual({ since: at, reason: 'away', until: null });
    const morning = step(night.session, { type: 'back' }, midnight + 9 * 60 * MINUTE, settings);
    expect(morning.session.phase).toBe('off');
    expect(morning.effects).toContainEqual({ type: 'sat', from: started, to: at, ended: 'early' });
  });
});
