import { describe, expect, it } from 'vitest';
import type { Surroundings } from '@/utils/domain/hold';
import { type Effect, type SessionEvent, STALE_AFTER_MS, step } from '@/utils/domain/machine';
import { ALARM, plan } from '@/utils/domain/plan';
import { MINUTE, OFF, type Session } from '@/utils/domain/session';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/domain/settings';

const T0 = new Date(2026, 10, 23, 10, 0, 0).getTime();
const FULL: Surroundings = { fullScreen: true, away: false };
const CLEAR: Surroundings = { fullScreen: false, away: false };

type Moment = [number, SessionEvent, Surroundings?];

function run(moments: Moment[], settings: Settings = DEFAULT_SETTINGS, from: Session = OFF) {
  let session = from;
  const effects: Effect[] = [];
  for (const [at, event, around] of moments) {
    const result = step(session, event, at, settings, around ?? CLEAR);
    session = result.session;
    effects.push(...result.effects);
  }
  return { session, effects };
}

const shown = (effects: Effect[]) => effects.flatMap((e) => (e.type === 'notify' ? [e.notice] : []));
const wake: SessionEvent = { type: 'wake' };

describe('while a window is full screen', () => {
  it('holds "block done", then shows it once when full screen ends; the block keeps its time', () => {
    const end = T0 + 30 * MINUTE;
    const during = run([
      [T0, { type: 'start' }],
      [end, wake, FULL],
    ]);
    expect(shown(during.effects)).not.toContain('blockDone');
    expect(during.session.phase).toBe('blockDone');
    expect(during.session.since).toBe(end);
    expect(during.session.lastBlockMinutes).toBe(30);
    expect(during.session.held).toEqual({ notice: 'blockDone', at: end });
    expect(during.effects).toContainEqual({ type: 'sat', from: T0, to: end, ended: 'completed' });

    const still = step(during.session, wake, end + 20 * MINUTE, DEFAULT_SETTINGS, FULL);
    expect(shown(still.effects)).toEqual([]);

    const after = run(
      [
        [end + 45 * MINUTE, wake, CLEAR],
        [end + 46 * MINUTE, wake, CLEAR],
      ],
      DEFAULT_SETTINGS,
      still.session,
    );
    expect(after.effects.filter((e) => e.type === 'notify')).toEqual([
      { type: 'notify', notice: 'blockDone', minutes: 30 },
    ]);
    expect(after.session.held).toBeNull();
  });

  it('never shows a held "block done" once the person has moved on', () => {
    const end = T0 + 30 * MINUTE;
    for (const event of [{ type: 'stop' }, { type: 'startBreak' }, { type: 'start' }, { type: 'extend' }] as const) {
      const { effects, session } = run([
        [T0, { type: 'start' }],
        [end, wake, FULL],
        [end + MINUTE, event, FULL],
        [end + 2 * MINUTE, wake, CLEAR],
      ]);
      expect(shown(effects)).not.toContain('blockDone');
      expect(session.held).toBeNull();
    }
  });

  it('holds a posture check and shows it if full screen ends while it is fresh', () => {
    const due = T0 + 10 * MINUTE;
    const { effects, session } = run([
      [T0, { type: 'start' }],
      [due, wake, FULL],
      [due + MINUTE, wake, CLEAR],
    ]);
    expect(effects.filter((e) => e.type === 'notify')).toEqual([{ type: 'notify', notice: 'posture', cue: 0 }]);
    expect(session.postureOpen).toBe(true);
    expect(session.held).toBeNull();
    expect(session.block?.nextPostureAt).toBe(due + MINUTE + 10 * MINUTE);
  });

  it('skips a held posture check that went stale, as after a sleep', () => {
    const due = T0 + 10 * MINUTE;
    const { effects, session } = run([
      [T0, { type: 'start' }],
      [due, wake, FULL],
      [due + STALE_AFTER_MS, wake, CLEAR],
    ]);
    expect(shown(effects)).toEqual([]);
    expect(session.held).toBeNull();
    expect(session.postureOpen).toBe(false);
  });

  it('drops a stale held posture check even while full screen goes on', () => {
    const due = T0 + 10 * MINUTE;
    const { session } = run([
      [T0, { type: 'start' }],
      [due, wake, FULL],
      [due + STALE_AFTER_MS, wake, FULL],
    ]);
    expect(session.held).toBeNull();
  });

  it('shows everything as usual when the option is off', () => {
    const settings = { ...DEFAULT_SETTINGS, holdInFullScreen: false };
    const { effects } = run(
      [
        [T0, { type: 'start' }],
        [T0 + 10 * MINUTE, wake, FULL],
        [T0 + 30 * MINUTE, wake, FULL],
      ],
      settings,
    );
    expect(shown(effects)).toEqual(['posture', 'blockDone']);
  });

  it('holds nothing outside working hours, where nothing would be shown anyway', () => {
    const settings: Settings = {
      ...DEFAULT_SETTINGS,
      schedule: {
        ...DEFAULT_SETTINGS.schedule,
        enabled: true,
        days: [0, 1, 2, 3, 4, 5, 6],
        start: '06:00',
        end: '10:15',
      },
    };
    const { session } = run(
      [
        [T0, { type: 'start' }],
        [T0 + 30 * MINUTE, wake, FULL],
      ],
      settings,
    );
    expect(session.phase).toBe('blockDone');
    expect(session.held).toBeNull();
  });
});

describe('looking again once full screen may have ended', () => {
  const end = T0 + 30 * MINUTE;
  const held = run([
    [T0, { type: 'start' }],
    [end, wake, FULL],
  ]).session;

  it('after the block, a held notice has a minute alarm of its own', () => {
    expect(plan(held, DEFAULT_SETTINGS, end).alarms).toEqual([
      { name: ALARM.held, when: end + MINUTE, periodInMinutes: 1 },
    ]);
  });

  it('while sitting with the badge on, the badge minute alarm is enough', () => {
    const sitting = run([
      [T0, { type: 'start' }],
      [T0 + 10 * MINUTE, wake, FULL],
    ]).session;
    const names = plan(sitting, DEFAULT_SETTINGS, T0 + 10 * MINUTE).alarms.map((a) => a.name);
    expect(names).not.toContain(ALARM.held);
    const noBadge = plan(sitting, { ...DEFAULT_SETTINGS, badge: false }, T0 + 10 * MINUTE).alarms.map((a) => a.name);
    expect(noBadge).toContain(ALARM.held);
  });

  it('off ball, nothing is held and nothing is scheduled', () => {
    const off = step(held, { type: 'doneForNow' }, end + MINUTE, DEFAULT_SETTINGS, FULL).session;
    expect(plan(off, DEFAULT_SETTINGS, end + MINUTE).alarms).toEqual([]);
  });
});

describe('wake-ups, counted by following the planned alarms for an hour', () => {
  /** Steps the machine at each planned alarm, as the browser would wake the worker, and counts the wakes. */
  function wakesInAnHour(
    from: Session,
    settings: Settings,
    fullScreenUntil: number,
  ): { wakes: number; shown: string[] } {
    let session = from;
    let now = T0;
    let wakes = 0;
    const seen: string[] = [];
    for (;;) {
      const next = Math.min(...plan(session, settings, now).alarms.map((a) => a.when));
      if (!Number.isFinite(next) || next > T0 + 60 * MINUTE) return { wakes, shown: seen };
      now = next;
      wakes += 1;
      const result = step(session, wake, now, settings, { fullScreen: now < fullScreenUntil, away: false });
      session = result.session;
      seen.push(...shown(result.effects));
    }
  }

  const sitting = step(OFF, { type: 'start' }, T0, DEFAULT_SETTINGS).session;

  it('off ball, none, full screen or not', () => {
    expect(wakesInAnHour(OFF, DEFAULT_SETTINGS, T0 + 60 * MINUTE).wakes).toBe(0);
    expect(wakesInAnHour(OFF, DEFAULT_SETTINGS, T0).wakes).toBe(0);
  });

  it('on ball with the badge on, a presentation through the block adds none', () => {
    const calm = wakesInAnHour(sitting, DEFAULT_SETTINGS, T0);
    const presenting = wakesInAnHour(sitting, DEFAULT_SETTINGS, T0 + 29 * MINUTE);
    expect(presenting.wakes).toBe(calm.wakes);
    expect(calm.shown).toEqual(['posture', 'posture', 'blockDone']);
    expect(presenting.shown).toEqual(['blockDone']);
  });

  it('a "block done" held by a presentation costs one wake a minute until it is shown', () => {
    const calm = wakesInAnHour(sitting, DEFAULT_SETTINGS, T0);
    const overrun = wakesInAnHour(sitting, DEFAULT_SETTINGS, T0 + 40 * MINUTE);
    expect(overrun.shown).toEqual(['blockDone']);
    expect(overrun.wakes - calm.wakes).toBe(10);
  });
});
