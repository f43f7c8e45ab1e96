// @vitest-environment node
/** Right-to-left pages mirror only if no style pins a side: every stylesheet uses logical properties. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const PHYSICAL =
  /(?:^|[\s;{])(?:(?:margin|padding|border)-(?:left|right)(?:-\w+)?|left|right|float:\s*(?:left|right)|clear:\s*(?:left|right)|text-align:\s*(?:left|right))\s*:?/;

function stylesheets(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.css'))
    .map((name) => join(dir, name));
}

describe('stylesheets', () => {
  const files = [...stylesheets('entrypoints'), ...stylesheets('components')];

  it('are found', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it.each(files)('%s names no physical side', (file) => {
    const css = readFileSync(join(ROOT, file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    const offending = css
      .split('\n')
      .map((line, i) => ({ line: line.trim(), number: i + 1 }))
      .filter(({ line }) => PHYSICAL.test(line) && line.includes(':'));
    expect(offending).toEqual([]);
  });
});
