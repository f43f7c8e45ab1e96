/**
 * What the browser should show and have scheduled for a session at `now`. The effects
 * runner makes the real alarms, badge and title match this on every wake, so the worker
 * can die at any moment and a restart that dropped alarms puts them back.
 */
import { HEADS_UP_MS, isOnBall } from './machine';
import { nextWorkdayEnd } from './schedule';
import { type Block, MINUTE, minutesLeft, msLeft, type Session } from './session';
import type { Settings } from './settings';

export const ALARM = {
  blockEnd: 'block-end',
  posture: 'posture-check',
  pauseEnd: 'pause-end',
  badge: 'badge-minute',
  workdayEnd: 'workday-end',
  headsUp: 'heads-up',
  /** Looks again whether full screen has ended, while a notice is held and nothing else wakes the worker. */
  held: 'held-notice',
} as const;

export type AlarmName = (typeof ALARM)[keyof typeof ALARM];

export interface PlannedAlarm {
  name: AlarmName;
  when: number;
  periodInMinutes?: number;
}

export type Title =
  | { kind: 'off' }
  | { kind: 'sitting'; left: number; posture: number | null }
  | { kind: 'paused'; left: number }
  | { kind: 'blockDone' }
  | { kind: 'onBreak' };

export interface Plan {
  alarms: PlannedAlarm[];
  badge: string;
  /** The badge turns from calm to warning in the block's last minute. */
  badgeTone: 'calm' | 'lastMinute';
  title: Title;
  iconOn: boolean;
}

/** When the block's next posture check comes; a check that would fall at or after its end never comes. */
export function postureCheckBeforeEnd(block: Block): number | null {
  return block.nextPostureAt !== null && block.nextPostureAt < block.endsAt ? block.nextPostureAt : null;
}

export function plan(session: Session, settings: Settings, now: number): Plan {
  const alarms: PlannedAlarm[] = [];
  const { block, pause } = session;
  const left = minutesLeft(session, now);
  let title: Title = {
    kind: session.phase === 'blockDone' ? 'blockDone' : session.phase === 'onBreak' ? 'onBreak' : 'off',
  };
  let badge = session.phase === 'blockDone' ? '✓' : '';

  if (session.phase === 'sitting' && block) {
    alarms.push({ name: ALARM.blockEnd, when: block.endsAt });
    const postureAt = postureCheckBeforeEnd(block);
    if (postureAt !== null) alarms.push({ name: ALARM.posture, when: postureAt });
    const headsUpAt = block.endsAt - HEADS_UP_MS;
    if (settings.headsUp && !session.headsUpGiven && headsUpAt > block.startedAt) {
      alarms.push({ name: ALARM.headsUp, when: headsUpAt });
    }
    if (settings.badge) {
      // Fires as the displayed minute changes, then every minute.
      const intoMinute = msLeft(session, now) % MINUTE;
      alarms.push({ name: ALARM.badge, when: now + (intoMinute || MINUTE), periodInMinutes: 1 });
    }
    const posture = postureAt === null ? null : Math.max(0, Math.ceil((postureAt - now) / MINUTE));
    title = { kind: 'sitting', left, posture };
    badge = settings.badge ? String(left) : '';
  } else if (session.phase === 'paused' && pause) {
    if (pause.until !== null) alarms.push({ name: ALARM.pauseEnd, when: pause.until });
    title = { kind: 'paused', left };
    badge = settings.badge ? '❚❚' : '';
  }

  if (isOnBall(session) && settings.schedule.offAtEnd) {
    const end = nextWorkdayEnd(settings.schedule, block?.startedAt ?? now);
    if (end !== null) alarms.push({ name: ALARM.workdayEnd, when: end });
  }
  // The minute badge alarm already looks again each minute; without it, a held notice needs its own.
  if (session.held && !alarms.some((a) => a.name === ALARM.badge)) {
    alarms.push({ name: ALARM.held, when: now + MINUTE, periodInMinutes: 1 });
  }
  const badgeTone = session.phase === 'sitting' && left <= 1 ? 'lastMinute' : 'calm';
  return { alarms, badge, badgeTone, title, iconOn: isOnBall(session) };
}
