import { describe, expect, it } from 'vitest';
import { historyToCsv } from '@/utils/domain/history-csv';
import { day } from '../../helpers/days';

const HEADER =
  'date,minutes_on_ball,blocks_completed,blocks_ended_early,posture_checks_answered,posture_checks_snoozed,posture_checks_ignored,' +
  'breaks_completed,plank_sets,plank_best_hold_seconds,rotation_sets,rotation_best_hold_seconds,' +
  'child_pose_sets,child_pose_best_hold_seconds,wall_squat_sets,wall_squat_best_hold_seconds';

describe('historyToCsv', () => {
  it('writes a header row, then one row per day in date order with ISO dates', () => {
    const csv = historyToCsv({
      '2025-06-02': day({
        satSeconds: 1830,
        blocksCompleted: 1,
        blocksEndedEarly: 1,
        postureAnswered: 3,
        postureSnoozed: 2,
        postureIgnored: 1,
        breaksCompleted: 1,
        exercises: { plank: { sets: 3, bestHold: 35 }, 'wall-squat': { sets: 2, bestHold: 0 } },
      }),
      '2025-05-31': day({ satSeconds: 3600, blocksCompleted: 2 }),
    });
    expect(csv.split('\r\n')).toEqual([
      HEADER,
      '2025-05-31,60,2,0,0,0,0,0,0,0,0,0,0,0,0,0',
      '2025-06-02,30.5,1,1,3,2,1,1,3,35,0,0,0,0,2,0',
      '',
    ]);
  });

  it('has every row as wide as the header', () => {
    const rows = historyToCsv({ '2025-06-01': day({ satSeconds: 10 }) })
      .trim()
      .split('\r\n');
    expect(new Set(rows.map((row) => row.split(',').length))).toEqual(new Set([16]));
    expect(rows[1]).toBe('2025-06-01,0.2,0,0,0,0,0,0,0,0,0,0,0,0,0,0');
  });

  it("adds columns for the person's own exercises, named by id since their names are free text", () => {
    const rows = historyToCsv({
      '2025-06-01': day({ exercises: { 'custom-b1rd': { sets: 2, bestHold: 10 } } }),
      '2025-06-02': day({ exercises: { plank: { sets: 1, bestHold: 25 } } }),
    }).split('\r\n');
    expect(rows[0]).toBe(`${HEADER},custom_b1rd_sets,custom_b1rd_best_hold_seconds`);
    expect(rows[1]).toBe('2025-06-01,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,10');
    expect(rows[2]).toBe('2025-06-02,0,0,0,0,0,0,0,1,25,0,0,0,0,0,0,0,0');
  });

  it('is only the header for an empty history', () => {
    expect(historyToCsv({})).toBe(`${HEADER}\r\n`);
  });
});

describe('historyToCsv with named columns', () => {
  it('puts a header that holds a comma or a quote in quotes, doubling the quote', () => {
    const header = historyToCsv({}, (column) => (column.figure === 'date' ? 'Day, local' : 'say "hi"'));
    expect(header.split(',').slice(0, 3)).toEqual(['"Day', ' local"', '"say ""hi"""']);
  });
});
