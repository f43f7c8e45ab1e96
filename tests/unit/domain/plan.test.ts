import { describe, expect, it } from 'vitest';
import { step } from '@/utils/domain/machine';
import { ALARM, plan } from '@/utils/domain/plan';
import { MINUTE, OFF } from '@/utils/domain/session';
import { DEFAULT_SETTINGS } from '@/utils/domain/settings';

const T0 = new Date(2026, 10, 23, 10, 0, 0).getTime();
const sitting = step(OFF, { type: 'start' }, T0, DEFAULT_SETTINGS).session;

describe('what the toolbar shows and what is scheduled', () => {
  it('off ball: no badge, no alarms', () => {
    expect(plan(OFF, DEFAULT_SETTINGS, T0)).toEqual({
      alarms: [],
      badge: '',
      badgeTone: 'calm',
      title: { kind: 'off' },
      iconOn: false,
    });
  });

  it('sitting: whole minutes left on the badge, block, posture and minute alarms', () => {
    const at = T0 + 6 * MINUTE + 30_000;
    const target = plan(sitting, DEFAULT_SETTINGS, at);
    expect(target.badge).toBe('24');
    expect(target.title).toEqual({ kind: 'sitting', left: 24, posture: 4 });
    expect(target.alarms).toEqual([
      { name: ALARM.blockEnd, when: T0 + 30 * MINUTE },
      { name: ALARM.posture, when: T0 + 10 * MINUTE },
      // The next badge change is when the whole minutes left drop from 24 to 23.
      { name: ALARM.badge, when: T0 + 7 * MINUTE, periodInMinutes: 1 },
    ]);
    expect(target.iconOn).toBe(true);
  });

  it('the badge reads 1 in the last minute, not 0', () => {
    expect(plan(sitting, DEFAULT_SETTINGS, T0 + 29 * MINUTE + 59_000).badge).toBe('1');
  });

  it('with the badge turned off there is no badge and no minute alarm', () => {
    const target = plan(sitting, { ...DEFAULT_SETTINGS, badge: false }, T0);
    expect(target.badge).toBe('');
    expect(target.alarms.map((a) => a.name)).toEqual([ALARM.blockEnd, ALARM.posture]);
  });

  it('paused: only the alarm that ends a timed pause', () => {
    const paused = step(sitting, { type: 'pause', minutes: 15 }, T0 + MINUTE, DEFAULT_SETTINGS).session;
    const target = plan(paused, DEFAULT_SETTINGS, T0 + 2 * MINUTE);
    expect(target.alarms).toEqual([{ name: ALARM.pauseEnd, when: T0 + 16 * MINUTE }]);
    expect(target.title).toEqual({ kind: 'paused', left: 29 });
  });

  it('no posture alarm, and no check in the title, when the next check would fall after the block ends', () => {
    const short = step(OFF, { type: 'start' }, T0, { ...DEFAULT_SETTINGS, blockMinutes: 5 }).session;
    const target = plan(short, DEFAULT_SETTINGS, T0);
    expect(target.alarms.map((a) => a.name)).not.toContain(ALARM.posture);
    expect(target.title).toEqual({ kind: 'sitting', left: 5, posture: null });
  });
});
