import { afterEach, describe, expect, it } from 'vitest';
import { duration } from '@/components/duration';
import { useLocale } from '../helpers/use-locale';

afterEach(async () => {
  await useLocale('en');
});

describe('duration', () => {
  it('writes minutes, whole hours without "0 min", and hours with minutes', () => {
    expect([0, 45, 60, 65, 120, 2545].map(duration)).toEqual([
      '0\u00a0min',
      '45\u00a0min',
      '1\u00a0h',
      '1\u00a0h 5\u00a0min',
      '2\u00a0h',
      '42\u00a0h 25\u00a0min',
    ]);
  });

  it('uses the language’s own units and digits', async () => {
    await useLocale('ja');
    expect(duration(60)).toBe('1時間');
    expect(duration(65)).toBe('1時間5分');
  });
});
