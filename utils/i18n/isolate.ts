/**
 * Text of its own direction, such as a name the person typed, ready to go inside a sentence: set
 * apart (U+2068 … U+2069) so a Latin name in an Arabic sentence, or the reverse, cannot reorder
 * the words and numbers around it.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}
