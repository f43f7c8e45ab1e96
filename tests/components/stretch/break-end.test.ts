import { describe, expect, it } from 'vitest';
import { leftBreak } from '@/entrypoints/stretch/break-end';
import { OFF } from '@/utils/domain/session';

describe('telling a break page that its break ended', () => {
  const onBreak = { ...OFF, phase: 'onBreak', since: Date.UTC(2026, 11, 8, 10) };

  it('sees a session leave its break, and nothing else', () => {
    expect(leftBreak(onBreak, OFF)).toBe(true);
    expect(leftBreak(onBreak, undefined)).toBe(true);
    expect(leftBreak(onBreak, 'damaged')).toBe(true);
    // Started, shown again, or off all along: the break page has nothing to stop.
    expect(leftBreak(OFF, onBreak)).toBe(false);
    expect(leftBreak(onBreak, { ...onBreak, cueIndex: 1 })).toBe(false);
    expect(leftBreak(undefined, OFF)).toBe(false);
  });
});
