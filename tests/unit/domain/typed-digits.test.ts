import { describe, expect, it } from 'vitest';
import { withPlainDigits } from '@/utils/domain/typed-digits';

describe('withPlainDigits', () => {
  it.each([
    ['45', '45'],
    ['٤٥', '45'],
    ['۴۵', '45'],
    ['४५', '45'],
    ['４５', '45'],
    ['০৯', '09'],
    ['๑๒๐', '120'],
    ['𝟒𝟓', '45'],
    ['𝟶𝟿', '09'],
  ])('reads %j as %j', (typed, plain) => {
    expect(withPlainDigits(typed)).toBe(plain);
  });

  it('reads every decimal digit Unicode has as its value', () => {
    const zeros = [0x30, 0x660, 0x6f0, 0x966, 0x9e6, 0xe50, 0xff10, 0x1d7ce, 0x1d7d8, 0x1d7f6];
    for (const zero of zeros) {
      const digits = Array.from({ length: 10 }, (_, value) => String.fromCodePoint(zero + value)).join('');
      expect(withPlainDigits(digits), zero.toString(16)).toBe('0123456789');
    }
  });

  it('turns full-width signs and the Arabic decimal separator into plain ones', () => {
    expect(withPlainDigits('４．５')).toBe('4.5');
    expect(withPlainDigits('－５')).toBe('-5');
    expect(withPlainDigits('٤٫٥')).toBe('4.5');
    expect(withPlainDigits('１ｅ３')).toBe('1e3');
  });

  it('leaves every other character as typed', () => {
    expect(withPlainDigits(' 12abc ')).toBe(' 12abc ');
    expect(withPlainDigits('²½①')).toBe('²½①');
    expect(withPlainDigits('')).toBe('');
  });
});
