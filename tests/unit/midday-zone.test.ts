// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { middayZone } from '../e2e/midday-zone';

function localHour(at: Date, timeZone: string): number {
  return Number(new Intl.DateTimeFormat('en-GB', { hour: 'numeric', hourCycle: 'h23', timeZone }).format(at));
}

describe('the end-to-end runs’ time zone', () => {
  it.each(Array.from({ length: 24 }, (_, hour) => hour))('is at midday when it is %i:30 UTC', (hour) => {
    const at = new Date(Date.UTC(2026, 11, 7, hour, 30));
    expect(localHour(at, middayZone(at))).toBe(12);
  });

  it('has no daylight saving, so midday stays midday all year', () => {
    const winter = new Date(Date.UTC(2026, 0, 15, 3));
    const summer = new Date(Date.UTC(2026, 6, 15, 3));
    expect(localHour(summer, middayZone(winter))).toBe(12);
  });
});
