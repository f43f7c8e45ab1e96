import { describe, expect, it } from 'vitest';
import { arrayOf, inRange, isCount, isRecord, keyedBy, nullable, oneOf, record } from '@/utils/domain/checks';

describe('the small checks', () => {
  it('takes only plain objects as records', () => {
    expect([{}, { a: 1 }].every(isRecord)).toBe(true);
    expect([null, undefined, [], 'x', 3].some(isRecord)).toBe(false);
  });

  it('counts are whole and never negative', () => {
    expect([0, 1, 42].every(isCount)).toBe(true);
    expect([-1, 1.5, Number.NaN, '3', null].some(isCount)).toBe(false);
  });

  it('keeps numbers within a range, whole when asked', () => {
    expect(inRange(0, 20, true)(20)).toBe(true);
    expect(inRange(0, 20, true)(2.5)).toBe(false);
    expect(inRange(0, 600)(2.5)).toBe(true);
    expect(inRange(0, 600)(601)).toBe(false);
    expect(inRange(0, 600)(Number.POSITIVE_INFINITY)).toBe(false);
  });

  it('combines into shapes', () => {
    const isPoint = record({ x: isCount, label: nullable(oneOf(['a', 'b'] as const)), tags: arrayOf(isCount) });
    expect(isPoint({ x: 1, label: null, tags: [] })).toBe(true);
    expect(isPoint({ x: 1, label: 'b', tags: [2], extra: true })).toBe(true);
    expect(isPoint({ x: 1, label: 'c', tags: [] })).toBe(false);
    expect(isPoint({ x: 1, label: null, tags: [-2] })).toBe(false);
    expect(isPoint({ label: null, tags: [] })).toBe(false);
  });

  it('checks every key and value of a keyed object', () => {
    const isScores = keyedBy((key): key is 'plank' => key === 'plank', isCount);
    expect(isScores({})).toBe(true);
    expect(isScores({ plank: 3 })).toBe(true);
    expect(isScores({ plank: 3, squat: 1 })).toBe(false);
    expect(isScores({ plank: -3 })).toBe(false);
  });
});
