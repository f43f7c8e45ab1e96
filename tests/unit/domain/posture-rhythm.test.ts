import { describe, expect, it } from 'vitest';
import { type Effect, type SessionEvent, step } from '@/utils/domain/machine';
import {
  afterCheck,
  answerOffer,
  GOOD_TO_GROW,
  growStep,
  intervalCap,
  postureInterval,
  UNKEPT_TO_OFFER,
} from '@/utils/domain/posture-rhythm';
import { MINUTE, OFF, type Session, STEADY_RHYTHM } from '@/utils/domain/session';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/domain/settings';

const T0 = new Date(2026, 10, 23, 10, 0, 0).getTime();
const settings = DEFAULT_SETTINGS;

function times<T>(n: number, start: T, next: (value: T) => T): T {
  let value = start;
  for (let i = 0; i < n; i++) value = next(value);
  return value;
}

describe('the interval of posture checks', () => {
  it('is the person’s own while nothing has been answered', () => {
    expect(postureInterval(STEADY_RHYTHM, settings)).toBe(10);
  });

  it(`grows a step after ${GOOD_TO_GROW} "Looks good" in a row, up to three times the floor`, () => {
    const good = (r: typeof STEADY_RHYTHM) => afterCheck(r, 'good', settings);
    expect(postureInterval(times(GOOD_TO_GROW - 1, STEADY_RHYTHM, good), settings)).toBe(10);
    expect(postureInterval(times(GOOD_TO_GROW, STEADY_RHYTHM, good), settings)).toBe(15);
    expect(postureInterval(times(GOOD_TO_GROW * 2, STEADY_RHYTHM, good), settings)).toBe(20);
    expect(postureInterval(times(GOOD_TO_GROW * 50, STEADY_RHYTHM, good), settings)).toBe(30);
    expect(growStep(10)).toBe(5);
    expect(intervalCap(10)).toBe(30);
  });

  it('a snooze or a miss breaks the run of "Looks good"', () => {
    let rhythm = afterCheck(afterCheck(STEADY_RHYTHM, 'good', settings), 'good', settings);
    rhythm = afterCheck(rhythm, 'snoozed', settings);
    rhythm = afterCheck(rhythm, 'good', settings);
    expect(postureInterval(rhythm, settings)).toBe(10);
  });

  it('stays the person’s own when adaptation is off', () => {
    const off: Settings = { ...settings, adaptPosture: false };
    const rhythm = times(GOOD_TO_GROW * 5, STEADY_RHYTHM, (r) => afterCheck(r, 'good', off));
    expect(postureInterval(rhythm, off)).toBe(10);
    expect(postureInterval({ ...STEADY_RHYTHM, everyMinutes: 25 }, off)).toBe(10);
  });

  it('never drops below a floor the person raised after it grew', () => {
    expect(postureInterval({ ...STEADY_RHYTHM, everyMinutes: 15 }, { ...settings, postureMinutes: 20 })).toBe(20);
  });
});

describe('the offer to space checks out', () => {
  it(`is made once, after ${UNKEPT_TO_OFFER} snoozed or missed checks in a row`, () => {
    let rhythm = afterCheck(STEADY_RHYTHM, 'missed', settings);
    rhythm = afterCheck(rhythm, 'snoozed', settings);
    expect(rhythm.offer).toBe('none');
    rhythm = afterCheck(rhythm, 'missed', settings);
    expect(rhythm.offer).toBe('open');
    const declined = answerOffer(rhythm, false, settings);
    expect(declined.offer).toBe('made');
    expect(postureInterval(declined, settings)).toBe(10);
    const again = times(UNKEPT_TO_OFFER * 3, declined, (r) => afterCheck(r, 'missed', settings));
    expect(again.offer).toBe('made');
  });

  it('spacing out grows the interval a step', () => {
    const open = times(UNKEPT_TO_OFFER, STEADY_RHYTHM, (r) => afterCheck(r, 'missed', settings));
    expect(postureInterval(answerOffer(open, true, settings), settings)).toBe(15);
  });

  it('is not made when adaptation is off', () => {
    const off: Settings = { ...settings, adaptPosture: false };
    const rhythm = times(UNKEPT_TO_OFFER * 2, STEADY_RHYTHM, (r) => afterCheck(r, 'missed', off));
    expect(rhythm.offer).toBe('none');
  });
});

describe('posture checks in a block follow the rhythm', () => {
  function run(events: [number, SessionEvent][], from: Session = OFF) {
    let session = from;
    const effects: Effect[] = [];
    for (const [at, event] of events) {
      const result = step(session, event, at, settings);
      session = result.session;
      effects.push(...result.effects);
    }
    return { session, effects };
  }

  it('grows the interval inside a long block and records the outcome of every check', () => {
    const long: Settings = { ...settings, blockMinutes: 120 };
    let session = step(OFF, { type: 'start' }, T0, long).session;
    const effects: Effect[] = [];
    for (let i = 0; i < GOOD_TO_GROW; i++) {
      const due = session.block?.nextPostureAt ?? 0;
      session = step(session, { type: 'wake' }, due, long).session;
      const answered = step(session, { type: 'postureGood' }, due + 1000, long);
      session = answered.session;
      effects.push(...answered.effects);
    }
    expect(effects.filter((e) => e.type === 'posture').map((e) => e.type === 'posture' && e.outcome)).toEqual([
      'good',
      'good',
      'good',
    ]);
    const lastShown = T0 + 30 * MINUTE;
    expect(session.block?.nextPostureAt).toBe(lastShown + 15 * MINUTE);
    expect(session.rhythm.everyMinutes).toBe(15);
  });

  it('the answer to the offer reaches the session', () => {
    const open: Session = { ...OFF, rhythm: { ...STEADY_RHYTHM, offer: 'open', unkeptInRow: 3 } };
    const { session } = run([[T0, { type: 'answerOffer', spaceOut: true }]], open);
    expect(session.rhythm).toEqual({ everyMinutes: 15, goodInRow: 0, unkeptInRow: 0, offer: 'made' });
  });
});
