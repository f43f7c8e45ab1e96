import { describe, expect, it } from 'vitest';
import { parseCommand, sessionEvent } from '@/utils/domain/protocol';

const result = { completed: true, exercises: [{ id: 'plank', sets: 2, holdSeconds: 25 }] };

/** The session event a message stands for, or the reason it was refused. */
function eventOf(message: unknown) {
  const command = parseCommand(message);
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
    expect(eventOf({ type: 'importHistory', history: {} })).toEqual({ type: 'wake' });
  });

  it('keeps only the fields a command declares', () => {
    expect(parseCommand({ type: 'setOnBall', on: true, sneaky: 1 })).toEqual({ type: 'setOnBall', on: true });
    expect(parseCommand({ type: 'resume', on: true })).toEqual({ type: 'resume' });
  });

  it('refuses malformed and unknown messages with a reason', () => {
    expect(parseCommand(null)).toBe('Message must be an object with a "type".');
    expect(parseCommand({ type: 'toString' })).toBe('Unknown message type "toString".');
    expect(parseCommand({ type: 'setOnBall', on: 'yes' })).toBe('"on" must be true or false.');
    expect(parseCommand({ type: 'pause', minutes: 20 })).toBe('"minutes" must be one of 15, 30, 60 or null.');
    expect(parseCommand({ type: 'startBreak', routine: 'long' })).toBe('"routine" must be "full" or "quick".');
    expect(parseCommand({ type: 'finishBreak', result: { completed: true } })).toBe(
      '"result" is not a valid break result.',
    );
    expect(parseCommand({ type: 'importHistory', history: { '2025-06-10': { satSeconds: -1 } } })).toBe(
      'History has unreadable days: 2025-06-10.',
    );
  });
});
