import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchDayChange } from '@/components/day-change';
import { at } from '../helpers/days';

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(at(2025, 6, 11, 23, 59));
});

afterEach(() => {
  vi.useRealTimers();
});

describe('watching for a new day', () => {
  it('tells at each local midnight, and only then', () => {
    const changed = vi.fn();
    const stop = watchDayChange(changed);
    vi.advanceTimersByTime(59_000);
    expect(changed).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1_000);
    expect(changed).toHaveBeenCalledOnce();
    vi.advanceTimersByTime(24 * 3_600_000 - 1_000);
    expect(changed).toHaveBeenCalledOnce();
    vi.advanceTimersByTime(1_000);
    expect(changed).toHaveBeenCalledTimes(2);
    stop();
    vi.advanceTimersByTime(48 * 3_600_000);
    expect(changed).toHaveBeenCalledTimes(2);
  });

  it('tells when the page is shown again after sleeping through midnight, once', () => {
    const changed = vi.fn();
    const stop = watchDayChange(changed);
    // Asleep: the clock moved on, the timer did not.
    vi.setSystemTime(at(2025, 6, 12, 8));
    document.dispatchEvent(new Event('visibilitychange'));
    document.dispatchEvent(new Event('visibilitychange'));
    expect(changed).toHaveBeenCalledOnce();
    stop();
  });
});
