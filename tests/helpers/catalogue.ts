/** A locale's built messages, read the way `browser.i18n.getMessage` reads them. */
import { resolve } from 'node:path';
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';

export type Messages = Record<string, { message: string }>;

/** The messages WXT builds from `locales/<code>.yml`. */
export async function catalogueMessages(code: string): Promise<Messages> {
  return generateChromeMessages(await parseMessagesFile(resolve(process.cwd(), `locales/${code}.yml`)));
}

/** `getMessage` over one catalogue: unknown names read as "", as in the browser. */
export function messageReader(messages: Messages) {
  return (key: string, substitutions?: string | string[]): string => {
    const entry = messages[key];
    if (!entry) return '';
    const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
    return entry.message.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  };
}
