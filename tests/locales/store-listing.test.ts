/**
 * The stores' summary in every language is the extension's own description, within Chrome's 132
 * characters, and every language has the whole long description, paragraph for paragraph.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogueMessages } from '../helpers/catalogue';

const CODES = ['en', 'de', 'fr', 'es', 'it', 'pt_BR', 'nl', 'pl', 'uk', 'ru', 'tr', 'ja', 'zh_CN', 'ko', 'hi', 'ar'];
const MAX_SUMMARY = 132;

describe.each(CODES)('the %s listing', (code) => {
  it('has a summary equal to the manifest description, short enough for the stores', async () => {
    const file = resolve(process.cwd(), 'store', code, 'short-description.txt');
    expect(existsSync(file)).toBe(true);
    const summary = readFileSync(file, 'utf8').trim();
    const description = (await catalogueMessages(code)).extDescription?.message;
    expect(summary).toBe(description);
    expect([...summary].length).toBeLessThanOrEqual(MAX_SUMMARY);
  });

  it('has the long description, with the same paragraphs as the English one', () => {
    const file = resolve(process.cwd(), 'store', code, 'description.md');
    expect(existsSync(file)).toBe(true);
    const shape = paragraphs(readFileSync(file, 'utf8'));
    expect(shape).toEqual(paragraphs(readFileSync(resolve(process.cwd(), 'store', 'en', 'description.md'), 'utf8')));
  });
});

/** Whether each paragraph opens with a bold lead: a translation that drops or merges one changes this. */
function paragraphs(text: string): boolean[] {
  return text
    .trim()
    .split(/\n\s*\n/)
    .map((block) => block.startsWith('**'));
}
