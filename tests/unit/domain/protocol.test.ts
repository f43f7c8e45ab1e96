import { describe, expect, it } from 'vitest';
import { parseCommand, sessionEvent } from '@/utils/domain/protocol';

const parseAt = (message: unknown) => parseCommand(message, new Date(2026, 2, 14, 12).getTime());

const result = { completed: true, exercises: [{ id: 'plank', sets: 2, holdSeconds: 25 }] };

/** The session event a message stands for, or the reason it was refused. */
function eventOf(message: unknown) {
  const command = parseAt(message);
  return typeof command === 'string' ? command : sessionEvent(command);
}

describe('the message protocol', () => {
  it('turns each command into the session event it stands for', () => {
    expect(eventOf({ type: 'getState' })).toEqual({ type: 'wake' });
    expect(eventOf({ type: 'setOnBall', on: true })).toEqual({ type: 'start' });
    expect(eventOf({ type: 'setOnBall', on: false })).toEqual({ type: 'stop' });
    expect(eventOf({ type: 'pause', minutes: 30 })).toEqual({ type: 'pause', minutes: 30 });
    expect(eventOf({ type: 'pause', minutes: null })).toEqual({ type: 'pause', minutes: null });
    expect(eventOf({ type: 'resume' })).toEqual({ type: 'resume' });
    expect(eventOf({ type: 'startBreak' })).toEqual({ type: 'startBreak', routine: 'full' });
    expect(eventOf({ type: 'startBreak', routine: 'quick' })).toEqual({ type: 'startBreak', routine: 'quick' });
    expect(eventOf({ type: 'anotherBlock' })).toEqual({ type: 'start' });
    expect(eventOf({ type: 'extend' })).toEqual({ type: 'extend' });
    expect(eventOf({ type: 'doneForNow' })).toEqual({ type: 'doneForNow' });
    expect(eventOf({ type: 'finishBreak', result })).toEqual({ type: 'wake' });
    expect(eventOf({ type: 'breakProgress', breakId: 'b1', result })).toEqual({ type: 'wake' });
    expect(eventOf({ type: 'importBackup', id: 'i1', history: {}, settings: {} })).toEqual({ type: 'wake' });
    expect(eventOf({ type: 'importStatus', id: 'i1' })).toEqual({ type: 'wake' });
  });

  it('keeps only the fields a command declares', () => {
    expect(parseAt({ type: 'setOnBall', on: true, sneaky: 1 })).toEqual({ type: 'setOnBall', on: true });
    expect(parseAt({ type: 'resume', on: true })).toEqual({ type: 'resume' });
  });

  it('refuses malformed and unknown messages with a reason', () => {
    expect(parseAt(null)).toBe('Message must be an object with a "type".');
    expect(parseAt({ type: 'toString' })).toBe('Unknown message type "toString".');
    expect(parseAt({ type: 'setOnBall', on: 'yes' })).toBe('"on" must be true or false.');
    expect(parseAt({ type: 'pause', minutes: 20 })).toBe('"minutes" must be one of 15, 30, 60 or null.');
    expect(parseAt({ type: 'startBreak', routine: 'long' })).toBe('"routine" must be "full" or "quick".');
    expect(parseAt({ type: 'finishBreak', result: { completed: true } })).toBe('"result" is not a valid break result.');
    expect(
      parseAt({ type: 'importBackup', id: 'i1', history: { '2025-06-10': { satSeconds: -1 } }, settings: {} }),
    ).toBe('History has days that cannot be true: 2025-06-10.');
    expect(parseAt({ type: 'x'.repeat(10_000) })).toBe(`Unknown message type "${'x'.repeat(39)}…".`);
  });
});
