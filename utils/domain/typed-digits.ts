const DIGIT = /\p{Nd}/u;
/** The full-width forms of the ASCII signs, U+FF01 to U+FF5E, in the same order. */
const FULL_WIDTH = /[\uff01-\uff5e]/g;
const FULL_WIDTH_OFFSET = 0xfee0;

/** The value, 0 to 9, of one decimal digit of any script. */
function digitValue(digit: string): number {
  const code = digit.codePointAt(0) ?? 0;
  // Unicode keeps each script's digits as one run from 0 to 9, some runs right after another.
  let first = code;
  while (DIGIT.test(String.fromCodePoint(first - 1))) first -= 1;
  return (code - first) % 10;
}

/**
 * What a person typed into a number field, with plain digits and signs for any others: an Arabic,
 * Devanagari or Japanese keyboard types "٤٥", "४५" or "４５" for 45, and "４．５" for 4.5.
 */
export function withPlainDigits(typed: string): string {
  return typed
    .replace(FULL_WIDTH, (sign) => String.fromCharCode(sign.charCodeAt(0) - FULL_WIDTH_OFFSET))
    .replace(/\p{Nd}/gu, (digit) => String(digitValue(digit)))
    .replace(/\u066b/g, '.');
}
