// @vitest-environment node
/**
 * A page's section of the catalogue is that page's alone: shared components take their words
 * from props or from shared sections, so moving or rewording a page never breaks another.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseMessagesFile } from '@wxt-dev/i18n/build';
import { describe, expect, it } from 'vitest';

const ROOT = process.cwd();
/** The sections that belong to one page. */
const PAGE_SECTIONS = ['popupUi', 'options', 'stretchPage', 'progress'];

function sourceFiles(dir: string): string[] {
  return readdirSync(resolve(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)));
}

/** Every quoted or templated string in `text` that starts with a page section's name. */
function pageKeys(text: string): string[] {
  const pattern = new RegExp(String.raw`['"\`]((?:${PAGE_SECTIONS.join('|')})\.[\w.$\{\}]*)`, 'g');
  return [...text.matchAll(pattern)].map((match) => match[1] ?? '');
}

describe('shared components', () => {
  it('guard sections the English catalogue really has', async () => {
    const sections = new Set((await parseMessagesFile(resolve(ROOT, 'locales/en.yml'))).map((entry) => entry.key[0]));
    expect(PAGE_SECTIONS.filter((section) => !sections.has(section))).toEqual([]);
  });

  it('spot a page key where one is used', () => {
    const used = 'i18n.t(\'stretchPage.setOf\', subs); plural(`options.heading`, n); i18n.t("popupUi.pause")';
    expect(pageKeys(used)).toEqual(['stretchPage.setOf', 'options.heading', 'popupUi.pause']);
    expect(pageKeys("i18n.t('dose.setOf'); i18n.t(`exercise.plank.name`); 'progress'")).toEqual([]);
  });

  it.each(sourceFiles('components'))('%s uses no page section of the catalogue', (file) => {
    expect(pageKeys(readFileSync(file, 'utf8'))).toEqual([]);
  });
});
