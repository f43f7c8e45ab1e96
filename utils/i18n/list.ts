import { displayLocale } from './locale';

/** "a, b and c" as the reader's language joins a list. */
export function formatList(items: readonly string[]): string {
  return new Intl.ListFormat(displayLocale(), { style: 'long', type: 'conjunction' }).format(items);
}
