import { describe, expect, it } from 'vitest';
import { streaks } from '@/utils/domain/streaks';
import { active, at, day, inZone } from '../../helpers/days';

describe('streaks', () => {
  it('are zero for a new person', () => {
    expect(streaks({}, at(2025, 6, 10))).toEqual({ current: 0, best: 0, activeToday: false });
  });

  it('count today and the days before it while today has a finished block', () => {
    const history = { '2025-06-08': active(), '2025-06-09': active(), '2025-06-10': active() };
    expect(streaks(history, at(2025, 6, 10))).toEqual({ current: 3, best: 3, activeToday: true });
  });

  it('keep the streak while today has no finished block yet', () => {
    const history = { '2025-06-08': active(), '2025-06-09': active() };
    expect(streaks(history, at(2025, 6, 10, 8))).toEqual({ current: 2, best: 2, activeToday: false });
  });

  it('end the current streak at a day missed, and remember the best one', () => {
    const history = {
      '2025-05-01': active(),
      '2025-05-02': active(),
      '2025-05-03': active(),
      '2025-05-04': active(),
      '2025-06-08': active(),
      '2025-06-10': active(),
    };
    expect(streaks(history, at(2025, 6, 10))).toEqual({ current: 1, best: 4, activeToday: true });
    expect(streaks(history, at(2025, 6, 12))).toEqual({ current: 0, best: 4, activeToday: false });
  });

  it('count only days with a finished block, not time sat or blocks ended early', () => {
    const history = {
      '2025-06-08': active(),
      '2025-06-09': day({ satSeconds: 1200, blocksEndedEarly: 2, breaksCompleted: 1 }),
      '2025-06-10': active(),
    };
    expect(streaks(history, at(2025, 6, 10))).toEqual({ current: 1, best: 1, activeToday: true });
  });

  it('carry across months and years', () => {
    const history = { '2024-12-31': active(), '2025-01-01': active(), '2025-02-28': active(), '2025-03-01': active() };
    expect(streaks(history, at(2025, 3, 1)).current).toBe(2);
    expect(streaks(history, at(2025, 1, 1)).best).toBe(2);
  });

  it('turn over at local midnight, not at a fixed hour', () => {
    const history = { '2025-06-09': active() };
    expect(streaks(history, at(2025, 6, 9, 23, 59))).toMatchObject({ current: 1, activeToday: true });
    expect(streaks(history, at(2025, 6, 10, 0, 0))).toMatchObject({ current: 1, activeToday: false });
    expect(streaks(history, at(2025, 6, 11, 0, 0))).toMatchObject({ current: 0, activeToday: false });
  });

  it('follow the day where the person is: the same instant is another day elsewhere', () => {
    const instant = Date.UTC(2025, 5, 10, 23, 30);
    const history = { '2025-06-10': active() };
    expect(inZone('America/Los_Angeles', () => streaks(history, instant))).toMatchObject({
      current: 1,
      activeToday: true,
    });
    // Already the 11th in Tokyo: the 10th is yesterday and still carries the streak.
    expect(inZone('Asia/Tokyo', () => streaks(history, instant))).toMatchObject({ current: 1, activeToday: false });
    expect(inZone('Pacific/Kiritimati', () => streaks({ '2025-06-11': active() }, instant))).toMatchObject({
      activeToday: true,
    });
  });

  it('do not skip or repeat a day when the clocks change', () => {
    inZone('Europe/Berlin', () => {
      // 30 March 2025 had 23 hours in Berlin, 26 October 25.
      const spring = { '2025-03-29': active(), '2025-03-30': active(), '2025-03-31': active() };
      expect(streaks(spring, at(2025, 3, 31, 0, 30))).toEqual({ current: 3, best: 3, activeToday: true });
      expect(streaks({ '2025-03-29': active(), '2025-03-30': active() }, at(2025, 3, 31, 0, 30)).current).toBe(2);
      const autumn = { '2025-10-25': active(), '2025-10-26': active() };
      expect(streaks(autumn, at(2025, 10, 27, 23, 30))).toEqual({ current: 2, best: 2, activeToday: false });
      expect(streaks(autumn, at(2025, 10, 28, 0, 30)).current).toBe(0);
    });
  });

  it('ignore a day in the future for the current streak but not for the best', () => {
    const history = { '2025-06-09': active(), '2025-06-11': active(), '2025-06-12': active() };
    expect(streaks(history, at(2025, 6, 9))).toEqual({ current: 1, best: 2, activeToday: true });
  });
});
