import { displayLocale } from './locale';

/** "a, b and c" as the reader's language joins a list. */
export function formatList(items: readonly string[]): string {
  return new Intl.ListFormat(displayLocale(), { style: 'long', type: 'conjunction' }).format(items);
}

/** Sentences run together as the reader's language writes them: Chinese and Japanese put no space after "。". */
export function joinSentences(...sentences: string[]): string {
  return sentences.reduce(
    (text, next) => (text === '' || /[。！？]$/u.test(text) ? text + next : `${text} ${next}`),
    '',
  );
}
