/** Builders for history tests: days in the zone the test runs in, records with only what matters. */
import { type DayRecord, emptyDay } from '@/utils/domain/history';

/** Runs `fn` with the process in time zone `zone`, then puts the previous zone back. */
export function inZone<T>(zone: string, fn: () => T): T {
  const before = process.env.TZ;
  process.env.TZ = zone;
  try {
    return fn();
  } finally {
    if (before === undefined) delete process.env.TZ;
    else process.env.TZ = before;
  }
}

/** A local wall-clock time, months counted from 1. */
export function at(year: number, month: number, day: number, hours = 12, minutes = 0): number {
  return new Date(year, month - 1, day, hours, minutes).getTime();
}

export function day(fields: Partial<DayRecord> = {}): DayRecord {
  return { ...emptyDay(), ...fields };
}

export const active = (minutes = 30): DayRecord => day({ satSeconds: minutes * 60, blocksCompleted: 1 });
