/**
 * A pseudo-locale build: the built extension with its English messages accented and made about
 * 40% longer, placeholders kept, so text that would be cut off or overflow in a long language
 * shows up in English-speaking tests.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXTENSION_DIR } from './harness';

const ACCENTED: Record<string, string> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((c, i) => [
    c,
    [...'áƀçđéƒĝĥíĵķĺɱñóþǫŕšţúṽŵẋýžÁƁÇĐÉƑĜĤÍĴĶĹṀÑÓÞǪŔŠŢÚṼŴẊÝŽ'][i] ?? c,
  ]),
);
/** Messages that are data, not words: the catalogue's locale and direction. */
const KEEP = new Set(['locale', 'dir']);

/** "Start stretch break" -> "[Šţáŕţ šţŕéţçĥ ƀŕéáķ ẋẋẋẋẋẋ ẋ]": placeholders stay as they are. */
export function pseudoText(text: string): string {
  const accented = text
    .split(/(\$\d)/)
    .map((part) => (/^\$\d$/.test(part) ? part : part.replace(/[a-zA-Z]/g, (c) => ACCENTED[c] ?? c)))
    .join('');
  const extra = Math.ceil(text.length * 0.4);
  const filler = Array.from({ length: extra }, (_, i) => (i % 7 === 6 ? ' ' : 'ẋ'))
    .join('')
    .trim();
  return `[${accented}${filler ? ` ${filler}` : ''}]`;
}

/** Copies the build with pseudo messages in place of English and no other language; returns its folder. */
export function pseudoLocaleBuild(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'on-the-ball-pseudo-'));
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  const locales = join(dir, '_locales');
  for (const code of readdirSync(locales)) if (code !== 'en') rmSync(join(locales, code), { recursive: true });
  const file = join(locales, 'en', 'messages.json');
  const messages = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { message: string }>;
  for (const [key, entry] of Object.entries(messages)) if (!KEEP.has(key)) entry.message = pseudoText(entry.message);
  writeFileSync(file, JSON.stringify(messages));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
