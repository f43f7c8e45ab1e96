/** Sentences run together as the reader's language writes them: Chinese and Japanese put no space after "。". */
export function joinSentences(...sentences: string[]): string {
  return sentences.reduce(
    (text, next) => (text === '' || /[。！？]$/u.test(text) ? text + next : `${text} ${next}`),
    '',
  );
}
