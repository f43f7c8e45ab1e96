import { describe, expect, it } from 'vitest';
import {
  checkProgression,
  type Growth,
  holdSeconds,
  nextHold,
  progressiveDose,
  withFeeling,
} from '@/utils/domain/progression';

const plank = progressiveDose('plank') as Growth;
const rotation = progressiveDose('rotation') as Growth;

describe('plank progression', () => {
  it('starts at 25 s holds', () => {
    expect(holdSeconds({}, 'plank')).toBe(25);
  });

  it('moves up 10 s on "easy" and never above 60 s', () => {
    const climb = [25];
    for (let i = 0; i < 5; i += 1) climb.push(nextHold(plank, climb.at(-1) ?? 0, 'easy'));
    expect(climb).toEqual([25, 35, 45, 55, 60, 60]);
  });

  it('moves down 10 s on "too hard" and never below the start', () => {
    const descent = [60];
    for (let i = 0; i < 5; i += 1) descent.push(nextHold(plank, descent.at(-1) ?? 0, 'tooHard'));
    expect(descent).toEqual([60, 50, 40, 30, 25, 25]);
  });

  it('stays put on "just right"', () => {
    expect(nextHold(plank, 35, 'justRight')).toBe(35);
  });
});

describe('spinal rotation progression', () => {
  it('stays within 30 to 45 s both ways', () => {
    expect(nextHold(rotation, 30, 'easy')).toBe(40);
    expect(nextHold(rotation, 40, 'easy')).toBe(45);
    expect(nextHold(rotation, 45, 'easy')).toBe(45);
    expect(nextHold(rotation, 45, 'tooHard')).toBe(35);
    expect(nextHold(rotation, 35, 'tooHard')).toBe(30);
    expect(nextHold(rotation, 30, 'tooHard')).toBe(30);
  });
});

describe('exercises without a progression', () => {
  it('keep their fixed dose whatever the answer', () => {
    expect(holdSeconds({ 'child-pose': 55 }, 'child-pose')).toBe(30);
    expect(withFeeling({}, 'child-pose', progressiveDose('child-pose'), 30, 'easy')).toEqual({});
    expect(holdSeconds({}, 'wall-squat')).toBeNull();
  });
});

describe('recording an answer', () => {
  it('steps from the hold that was done, so changing the answer does not count twice', () => {
    const afterEasy = withFeeling({ plank: 25 }, 'plank', plank, 25, 'easy');
    expect(afterEasy).toEqual({ plank: 35 });
    expect(withFeeling(afterEasy, 'plank', plank, 25, 'justRight')).toEqual({ plank: 25 });
  });

  it('keeps the other exercises as they were', () => {
    expect(withFeeling({ plank: 45, rotation: 40 }, 'rotation', rotation, 40, 'tooHard')).toEqual({
      plank: 45,
      rotation: 30,
    });
  });
});

describe('stored progression', () => {
  it('clamps out-of-range and unusable values back into the safe range', () => {
    const checked = checkProgression({ plank: 300, rotation: 'fast', 'child-pose': 40, squats: 5 });
    expect(checked.progression).toEqual({ plank: 60, rotation: 30 });
    expect(checked.clamped.sort()).toEqual(['child-pose', 'plank', 'rotation', 'squats']);
  });

  it('keeps valid values and rounds fractions to whole seconds', () => {
    expect(checkProgression({ plank: 35, rotation: 40.4 })).toEqual({
      progression: { plank: 35, rotation: 40 },
      clamped: ['rotation'],
    });
  });

  it('treats a value that is not an object as no progression', () => {
    expect(checkProgression('60').progression).toEqual({});
    expect(checkProgression(null).progression).toEqual({});
  });
});

describe("a person's own exercise", () => {
  const own: Growth = { start: 20, max: 40, step: 5 };

  it('grows by its own step up to its own cap, and back down to its start', () => {
    expect(withFeeling({}, 'custom-abc', own, 20, 'easy')).toEqual({ 'custom-abc': 25 });
    expect(nextHold(own, 40, 'easy')).toBe(40);
    expect(nextHold(own, 20, 'tooHard')).toBe(20);
  });

  it('keeps a stored hold for it within the allowed 5 to 300 s', () => {
    const checked = checkProgression({ 'custom-abc': 900, 'custom-def': 35, 'custom-<b>': 30 });
    expect(checked.progression).toEqual({ 'custom-abc': 300, 'custom-def': 35 });
    expect(checked.clamped.sort()).toEqual(['custom-<b>', 'custom-abc']);
  });
});
