import { describe, expect, it } from 'vitest';
import { calendarWeeks, exerciseProgress, hasActivity, recentDays, totals } from '@/utils/domain/stats';
import { active, at, day, inZone } from '../../helpers/days';

describe('recentDays', () => {
  it('gives one point per day for the last 30 days, ending today, with zeros for days without a record', () => {
    const history = {
      '2025-05-11': active(45),
      '2025-05-20': day({ satSeconds: 89, breaksCompleted: 2 }),
      '2025-06-09': day({
        satSeconds: 3600,
        blocksCompleted: 2,
        breaksCompleted: 1,
        postureAnswered: 4,
        postureSnoozed: 2,
        postureIgnored: 1,
      }),
      '2025-05-10': active(10),
    };
    const points = recentDays(history, at(2025, 6, 9, 18));
    expect(points).toHaveLength(30);
    const none = { good: 0, snoozed: 0, missed: 0 };
    expect(points[0]).toEqual({
      date: '2025-05-11',
      seconds: 2700,
      minutes: 45,
      blocksCompleted: 1,
      breaks: 0,
      active: true,
      checks: none,
    });
    expect(points[9]).toEqual({
      date: '2025-05-20',
      seconds: 89,
      minutes: 1,
      blocksCompleted: 0,
      breaks: 2,
      active: false,
      checks: none,
    });
    expect(points[29]).toEqual({
      date: '2025-06-09',
      seconds: 3600,
      minutes: 60,
      blocksCompleted: 2,
      breaks: 1,
      active: true,
      checks: { good: 4, snoozed: 2, missed: 1 },
    });
    expect(points[1]).toEqual({
      date: '2025-05-12',
      seconds: 0,
      minutes: 0,
      blocksCompleted: 0,
      breaks: 0,
      active: false,
      checks: none,
    });
    expect(points.map((p) => p.date)).not.toContain('2025-05-10');
  });

  it('lists each calendar day once across a change of the clocks', () => {
    for (const zone of ['Europe/Berlin', 'America/Sao_Paulo', 'Australia/Lord_Howe']) {
      const dates = inZone(zone, () => recentDays({}, at(2025, 11, 10), 400).map((p) => p.date));
      expect(new Set(dates).size).toBe(400);
      expect(dates[0]).toBe('2024-10-07');
      expect(dates[399]).toBe('2025-11-10');
    }
    const spring = inZone('Europe/Berlin', () => recentDays({}, at(2025, 4, 1, 0, 10), 4).map((p) => p.date));
    expect(spring).toEqual(['2025-03-29', '2025-03-30', '2025-03-31', '2025-04-01']);
  });
});

describe('totals', () => {
  it('adds up every day and rounds the time once', () => {
    const history = {
      '2025-06-01': day({ satSeconds: 20, blocksCompleted: 0, breaksCompleted: 1 }),
      '2025-06-02': day({ satSeconds: 20, blocksCompleted: 2 }),
      '2025-06-03': day({ satSeconds: 20, blocksCompleted: 1, breaksCompleted: 3 }),
    };
    expect(totals(history)).toEqual({ minutes: 1, blocksCompleted: 3, breaksCompleted: 4, activeDays: 2 });
    expect(totals({})).toEqual({ minutes: 0, blocksCompleted: 0, breaksCompleted: 0, activeDays: 0 });
  });
});

describe('hasActivity', () => {
  it('is false until something is recorded', () => {
    expect(hasActivity({})).toBe(false);
    expect(hasActivity({ '2025-06-01': day() })).toBe(false);
    expect(hasActivity({ '2025-06-01': day({ postureIgnored: 1 }) })).toBe(true);
    expect(hasActivity({ '2025-06-01': day({ exercises: { plank: { sets: 1, bestHold: 20 } } }) })).toBe(true);
  });
});

describe('calendarWeeks', () => {
  // 11 June 2025 is a Wednesday.
  const now = at(2025, 6, 11, 9);
  const history = {
    '2025-06-09': active(40),
    '2025-06-10': day({ satSeconds: 600, blocksEndedEarly: 1 }),
    '2025-05-19': active(),
  };

  it('lays out whole weeks from the first day of the week, and nothing after today', () => {
    const weeks = calendarWeeks(history, now, 4, 1);
    expect(weeks).toHaveLength(4);
    expect(weeks.every((w) => w.length === 7)).toBe(true);
    expect(weeks[0]?.[0]?.date).toBe('2025-05-19');
    const last = weeks[3] ?? [];
    expect(last.map((c) => c?.date ?? null)).toEqual([
      '2025-06-09',
      '2025-06-10',
      '2025-06-11',
      null,
      null,
      null,
      null,
    ]);
    expect(last[0]).toEqual({ date: '2025-06-09', minutes: 40, level: 'active', today: false });
    expect(last[1]).toEqual({ date: '2025-06-10', minutes: 10, level: 'sat', today: false });
    expect(last[2]).toEqual({ date: '2025-06-11', minutes: 0, level: 'rest', today: true });
    expect(weeks[0]?.[0]?.level).toBe('active');
  });

  it('starts weeks on Sunday where that is the custom', () => {
    const weeks = calendarWeeks(history, now, 1, 0);
    expect(weeks[0]?.map((c) => c?.date ?? null)).toEqual([
      '2025-06-08',
      '2025-06-09',
      '2025-06-10',
      '2025-06-11',
      null,
      null,
      null,
    ]);
    // Today on the first day of the week: a single day in the last column.
    expect(calendarWeeks({}, at(2025, 6, 8), 1, 0)[0]?.filter((c) => c !== null)).toHaveLength(1);
  });
});

describe('exerciseProgress', () => {
  it('lists each exercise done, in break order, with its days oldest first', () => {
    const history = {
      '2025-06-03': day({ exercises: { plank: { sets: 3, bestHold: 35 }, 'wall-squat': { sets: 2, bestHold: 0 } } }),
      '2025-06-01': day({ exercises: { plank: { sets: 3, bestHold: 25 }, rotation: { sets: 0, bestHold: 0 } } }),
      '2025-06-02': day(),
    };
    expect(exerciseProgress(history)).toEqual([
      {
        id: 'plank',
        points: [
          { date: '2025-06-01', sets: 3, bestHold: 25 },
          { date: '2025-06-03', sets: 3, bestHold: 35 },
        ],
      },
      { id: 'wall-squat', points: [{ date: '2025-06-03', sets: 2, bestHold: 0 }] },
    ]);
    expect(exerciseProgress({})).toEqual([]);
  });
});
