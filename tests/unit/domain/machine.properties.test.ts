import { describe, expect, it } from 'vitest';
import { type SessionEvent, step } from '@/utils/domain/machine';
import { ALARM, plan } from '@/utils/domain/plan';
import { isPossibleSession, isSession, MINUTE, minutesLeft, msLeft, OFF, type Session } from '@/utils/domain/session';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/domain/settings';
import { pick, random } from '../../helpers/random';

function randomEvent(next: () => number, now: number): SessionEvent {
  const simple = [
    'start',
    'stop',
    'toggle',
    'wake',
    'postureGood',
    'postureSnooze',
    'resume',
    'back',
    'extend',
    'startBreak',
    'doneForNow',
  ] as const;
  const roll = next();
  if (roll < 0.1) return { type: 'pause', minutes: pick(next, [15, 30, 60, null]) };
  if (roll < 0.2) return { type: 'away', since: now - Math.floor(next() * 5 * MINUTE) };
  return { type: pick(next, simple) };
}

function randomSettings(next: () => number): Settings {
  return {
    ...DEFAULT_SETTINGS,
    blockMinutes: 1 + Math.floor(next() * 90),
    postureMinutes: 1 + Math.floor(next() * 30),
    postureEnabled: next() < 0.8,
    pauseWhenAway: next() < 0.8,
    awayEndsBlockMinutes: 1 + Math.floor(next() * 30),
    badge: next() < 0.8,
    schedule: { ...DEFAULT_SETTINGS.schedule, enabled: next() < 0.3, offAtEnd: next() < 0.5 },
  };
}

/** The first broken invariant, or null. Plain checks: this runs fifty thousand times. */
function brokenInvariant(session: Session, settings: Settings, now: number): string | null {
  if (!isSession(session)) return 'the session is not well formed';
  // A session the machine makes must never look impossible, or reading it back would close it.
  if (!isPossibleSession(session, now)) return 'the session could not be true';
  const target = plan(session, settings, now);
  const names = target.alarms.map((a) => a.name);
  if (new Set(names).size !== names.length) return `duplicate alarms: ${names.join(', ')}`;
  if (msLeft(session, now) < 0 || minutesLeft(session, now) < 0) return 'negative time left';
  if (session.phase === 'off' && (target.alarms.length > 0 || target.badge !== '')) return 'alarms or badge while off';
  const blockAlarms = target.alarms.filter((a) => a.name === ALARM.blockEnd);
  if (session.phase === 'sitting' && session.block) {
    const block = session.block;
    if (blockAlarms.length !== 1 || blockAlarms[0]?.when !== block.endsAt)
      return 'block alarm does not match the block';
    // Pauses move the end, never the length sat.
    if (block.endsAt - block.startedAt - block.pausedMs !== block.lengthMinutes * MINUTE) return 'block length drifted';
    if (settings.badge && target.badge !== String(minutesLeft(session, now))) return 'badge does not show minutes left';
    if (!settings.postureEnabled && block.nextPostureAt !== null) return 'posture check while checks are off';
  } else if (names.includes(ALARM.blockEnd) || names.includes(ALARM.posture)) {
    return 'block or posture alarm while not sitting';
  }
  return null;
}

describe('random event sequences', () => {
  it('keep every invariant across thousands of sequences', () => {
    const failures: string[] = [];
    let steps = 0;
    for (let seed = 1; seed <= 2000; seed++) {
      const next = random(seed);
      const settings = randomSettings(next);
      let now = new Date(2026, 0, 5, 8, 0, 0).getTime() + Math.floor(next() * 7 * 24 * 60 * MINUTE);
      let session: Session = OFF;
      for (let i = 0; i < 25; i++) {
        // Mostly small steps, sometimes a sleep of hours.
        now += next() < 0.1 ? Math.floor(next() * 6 * 60 * MINUTE) : Math.floor(next() * 12 * MINUTE);
        const event = randomEvent(next, now);
        const before = session;
        const result = step(session, event, now, settings);
        session = result.session;
        const done = result.effects.filter((e) => e.type === 'notify' && e.notice === 'blockDone').length;
        const sat = result.effects.filter((e) => e.type === 'sat');
        const problem =
          (done > 1 && 'two "block done" notices at once') ||
          (done === 1 && before.phase !== 'sitting' && before.phase !== 'paused' && '"block done" without a block') ||
          (sat.length > 1 && 'a block recorded twice') ||
          (sat.some((e) => e.type === 'sat' && e.to < e.from) && 'negative time sat') ||
          brokenInvariant(session, settings, now);
        if (problem) failures.push(`seed ${seed}, step ${i}, ${JSON.stringify(event)}: ${problem}`);
        steps += 1;
      }
    }
    expect(failures).toEqual([]);
    expect(steps).toBe(50_000);
  });
});
