import { describe, expect, it } from 'vitest';
import { computeGlance, figuresAt, isGlance } from '@/utils/domain/glance';
import { dayKey, type History } from '@/utils/domain/history';
import { streaks } from '@/utils/domain/streaks';
import { todaySummary } from '@/utils/domain/today';
import { active, at, day, inZone } from '../../helpers/days';
import { random } from '../../helpers/random';

const DAY = 86_400_000;

describe('computeGlance', () => {
  it('holds today’s figures and the current streak', () => {
    const history = {
      '2025-06-08': active(),
      '2025-06-09': active(),
      '2025-06-10': day({ satSeconds: 95 * 60, blocksCompleted: 3, breaksCompleted: 2 }),
    };
    expect(computeGlance(history, at(2025, 6, 10, 15))).toEqual({
      day: '2025-06-10',
      today: { minutes: 95, blocks: 3, breaks: 2 },
      streak: 3,
      activeToday: true,
    });
  });

  it('is empty for a new person', () => {
    expect(computeGlance({}, at(2025, 6, 10))).toEqual({
      day: '2025-06-10',
      today: { minutes: 0, blocks: 0, breaks: 0 },
      streak: 0,
      activeToday: false,
    });
  });
});

describe('figuresAt', () => {
  const history = { '2025-06-08': active(), '2025-06-09': active(), '2025-06-10': active(45) };
  const written = computeGlance(history, at(2025, 6, 10, 22));

  it('shows the figures unchanged later the same day', () => {
    expect(figuresAt(written, at(2025, 6, 10, 23, 59))).toEqual({
      today: { minutes: 45, blocks: 1, breaks: 0 },
      streak: 3,
    });
  });

  it('starts an empty day at midnight and keeps the streak through it', () => {
    expect(figuresAt(written, at(2025, 6, 11, 0, 1))).toEqual({
      today: { minutes: 0, blocks: 0, breaks: 0 },
      streak: 3,
    });
  });

  it('ends the streak once a whole day went by with nothing finished', () => {
    expect(figuresAt(written, at(2025, 6, 12, 8)).streak).toBe(0);
  });

  it('does not carry a streak over from a day that had no finished block', () => {
    const idle = computeGlance({ '2025-06-08': active(), '2025-06-09': active() }, at(2025, 6, 10, 9));
    expect(figuresAt(idle, at(2025, 6, 10, 20)).streak).toBe(2);
    expect(figuresAt(idle, at(2025, 6, 11, 9)).streak).toBe(0);
  });

  it('counts calendar days across a daylight-saving change', () => {
    inZone('Europe/Berlin', () => {
      // Clocks went forward in the night to 2025-03-30: that day is 23 hours long.
      const glance = computeGlance({ '2025-03-29': active() }, at(2025, 3, 29, 23, 30));
      expect(figuresAt(glance, at(2025, 3, 30, 23, 30)).streak).toBe(1);
      expect(figuresAt(glance, at(2025, 3, 31, 0, 30)).streak).toBe(0);
    });
  });

  it('agrees with the whole history for any day it is read on, until something new is recorded', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const next = random(seed);
      const written = at(2025, 1, 1) + Math.floor(next() * 400) * DAY + Math.floor(next() * DAY);
      const history: History = {};
      // Days up to the day of the write: the background never records a day that has not come yet.
      for (let back = 0; back < 40; back++) {
        if (next() < 0.35) continue;
        const blocks = next() < 0.7 ? 1 + Math.floor(next() * 4) : 0;
        history[dayKey(written - back * DAY)] = day({ blocksCompleted: blocks, satSeconds: blocks * 1800 });
      }
      const glance = computeGlance(history, written);
      for (const later of [0, 1, 2, 5].map((days) => written + days * DAY + Math.floor(next() * DAY))) {
        expect(figuresAt(glance, later), `seed ${seed}`).toEqual({
          today: todaySummary(history, later),
          streak: streaks(history, later).current,
        });
      }
    }
  });
});

describe('isGlance', () => {
  it('accepts what computeGlance makes and refuses damaged values', () => {
    const good = computeGlance({ '2025-06-10': active() }, at(2025, 6, 10));
    expect(isGlance(good)).toBe(true);
    expect(isGlance(null)).toBe(false);
    expect(isGlance({ ...good, day: 'yesterday' })).toBe(false);
    expect(isGlance({ ...good, streak: -1 })).toBe(false);
    expect(isGlance({ ...good, activeToday: 'yes' })).toBe(false);
    expect(isGlance({ ...good, today: { ...good.today, minutes: 1.5 } })).toBe(false);
    expect(isGlance({ ...good, today: null })).toBe(false);
  });
});
