import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CALM, dependsOnSurroundings, type Surroundings } from '@/utils/domain/hold';
import { type SessionEvent, step } from '@/utils/domain/machine';
import { afterCheck, intervalCap, type PostureOutcome, postureInterval } from '@/utils/domain/posture-rhythm';
import { MINUTE, OFF, type Session, STEADY_RHYTHM } from '@/utils/domain/session';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/domain/settings';

const T0 = new Date(2026, 0, 5, 8, 0, 0).getTime();

/** Mostly the worker waking up, so blocks run to their end; now and then the person does something. */
const event: fc.Arbitrary<SessionEvent> = fc.oneof(
  { arbitrary: fc.constant<SessionEvent>({ type: 'wake' }), weight: 12 },
  fc.constantFrom<SessionEvent>(
    { type: 'start' },
    { type: 'stop' },
    { type: 'postureGood' },
    { type: 'postureSnooze' },
    { type: 'resume' },
    { type: 'extend' },
    { type: 'startBreak' },
    { type: 'doneForNow' },
    { type: 'back' },
    { type: 'answerOffer', spaceOut: true },
  ),
  { arbitrary: fc.constant<SessionEvent>({ type: 'start' }), weight: 2 },
  fc.constantFrom<15 | 30 | null>(15, 30, null).map((minutes): SessionEvent => ({ type: 'pause', minutes })),
);

const moment = fc.record({
  /** Mostly under a few minutes, sometimes a long gap. */
  gap: fc.oneof(fc.integer({ min: 0, max: 4 * MINUTE }), fc.integer({ min: 0, max: 90 * MINUTE })),
  event,
  fullScreen: fc.boolean(),
  away: fc.boolean(),
});

const settings: fc.Arbitrary<Settings> = fc
  .record({
    blockMinutes: fc.integer({ min: 1, max: 45 }),
    postureMinutes: fc.integer({ min: 1, max: 20 }),
    headsUp: fc.boolean(),
    badge: fc.boolean(),
    holdInFullScreen: fc.boolean(),
    adaptPosture: fc.boolean(),
  })
  .map((s) => ({ ...DEFAULT_SETTINGS, ...s }));

type Moment = typeof moment extends fc.Arbitrary<infer M> ? M : never;
const moments = fc.array(moment, { minLength: 15, maxLength: 40 });

/**
 * Walks `sequence` from a block started at `T0`: `visit` gets the session, the moment and the
 * time it falls at, and returns the session to go on from.
 */
function walk(config: Settings, sequence: Moment[], visit: (session: Session, moment: Moment, now: number) => Session) {
  let now = T0;
  let session: Session = step(OFF, { type: 'start' }, now, config).session;
  for (const m of sequence) {
    now += m.gap;
    session = visit(session, m, now);
  }
}

describe('held notices, over any sequence of events and full-screen changes', () => {
  it('are shown at most once, never after the block was left, never while full screen', () => {
    let held = 0;
    fc.assert(
      fc.property(settings, moments, (config, sequence) => {
        // "Block done" notices since the last block was completed: never more than one.
        let doneShown = 0;
        walk(config, sequence, (before, { event: e, fullScreen, away }, now) => {
          const { session: after, effects } = step(before, e, now, config, { fullScreen, away });
          const notified = effects.flatMap((x) => (x.type === 'notify' ? [x.notice] : []));
          const completed = effects.some((x) => x.type === 'sat' && x.ended === 'completed');
          if (completed) doneShown = 0;
          const done = notified.filter((n) => n === 'blockDone').length;
          doneShown += done;
          expect(doneShown).toBeLessThanOrEqual(1);
          if (done > 0) {
            // Shown as the block ends, or released while the finished block still waits for an answer.
            expect(completed || before.phase === 'blockDone').toBe(true);
            expect(after.phase).toBe('blockDone');
          }
          if (fullScreen && config.holdInFullScreen) {
            expect(notified.filter((n) => n !== 'welcomeBack')).toEqual([]);
          }
          if (after.held?.notice === 'blockDone') {
            expect(after.phase).toBe('blockDone');
            held += 1;
          }
          if (after.held?.notice === 'posture')
            expect(after.phase === 'sitting' || after.phase === 'paused').toBe(true);
          return after;
        });
      }),
      { numRuns: 400 },
    );
    // The sequences must reach the case that matters often enough to mean something.
    expect(held).toBeGreaterThan(100);
  });
});

describe('what is around', () => {
  it('changes nothing, a catch-up and then any event, from a session that does not depend on it', () => {
    let checked = 0;
    fc.assert(
      fc.property(settings, moments, (config, sequence) => {
        walk(config, sequence, (session, { event: e, fullScreen, away }, now) => {
          // As the worker applies an event: caught up to now first, then the event itself.
          const apply = (around: Surroundings) => {
            const caughtUp = step(session, { type: 'wake' }, now, config, around);
            return e.type === 'wake' ? caughtUp : step(caughtUp.session, e, now, config, around);
          };
          const result = apply({ fullScreen, away });
          if (!dependsOnSurroundings(session)) {
            expect(result).toEqual(apply(CALM));
            checked += 1;
          }
          return result.session;
        });
      }),
      { numRuns: 300 },
    );
    // Off ball, on a break and after a block must all come up, often.
    expect(checked).toBeGreaterThan(1000);
  });
});

describe('adapted posture intervals', () => {
  const outcome = fc.constantFrom<PostureOutcome>('good', 'snoozed', 'missed');

  it('never fall below the person’s interval nor rise above the cap, even when the setting changes', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(outcome, fc.integer({ min: 1, max: 120 }), fc.boolean()), { maxLength: 60 }),
        (answers) => {
          let rhythm = STEADY_RHYTHM;
          for (const [answer, floor, adapt] of answers) {
            const config = { ...DEFAULT_SETTINGS, postureMinutes: floor, adaptPosture: adapt };
            rhythm = afterCheck(rhythm, answer, config);
            const interval = postureInterval(rhythm, config);
            expect(interval).toBeGreaterThanOrEqual(floor);
            expect(interval).toBeLessThanOrEqual(intervalCap(floor));
            if (!adapt) expect(interval).toBe(floor);
          }
        },
      ),
    );
  });

  it('put the next check within floor and cap of the moment a check was shown, on a minute of the countdown', () => {
    fc.assert(
      fc.property(settings, moments, (config, sequence) => {
        walk(config, sequence, (session, { event: e, fullScreen, away }, now) => {
          const { session: after, effects } = step(session, e, now, config, { fullScreen, away });
          const shown = effects.some((x) => x.type === 'notify' && x.notice === 'posture');
          if (shown && after.block?.nextPostureAt != null && e.type === 'wake') {
            const minutes = (after.block.nextPostureAt - now) / MINUTE;
            // The nearest minute of the countdown is at most half a minute either way.
            expect(minutes).toBeGreaterThanOrEqual(config.postureMinutes - 0.5);
            expect(minutes).toBeLessThanOrEqual(intervalCap(config.postureMinutes) + 0.5);
          }
          const next = after.block?.nextPostureAt;
          if (after.block && next != null && next > now) expect(Math.abs((after.block.endsAt - next) % MINUTE)).toBe(0);
          return after;
        });
      }),
      { numRuns: 300 },
    );
  });
});
