// @vitest-environment node
/** The palette in both themes keeps the contrast WCAG 2.1 AA asks for: 4.5:1 for text, 3:1 for a control's edge. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const css = readFileSync(join(import.meta.dirname, '../../components/theme.css'), 'utf8');

/** The custom properties declared in a block of the stylesheet. */
function colours(block: string): Record<string, string> {
  return Object.fromEntries(
    [...block.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})\b/gi)].map(([, name, hex]) => [name, hex]),
  );
}

const light = colours(css.slice(css.indexOf(':root'), css.indexOf('@media (prefers-color-scheme: dark)')));
const dark = { ...light, ...colours(css.slice(css.indexOf('@media (prefers-color-scheme: dark)'))) };

function luminance(hex: string): number {
  const [r = 0, g = 0, b = 0] = [1, 3, 5].map((at) => {
    const c = Number.parseInt(hex.slice(at, at + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((high ?? 0) + 0.05) / ((low ?? 0) + 0.05);
}

const PAIRS: [string, string, number][] = [
  ['text', 'bg', 4.5],
  ['text', 'surface', 4.5],
  ['muted', 'bg', 4.5],
  ['muted', 'surface', 4.5],
  ['on-accent', 'accent', 4.5],
  ['danger', 'surface', 4.5],
  ['text', 'warning-bg', 4.5],
  ['control-border', 'surface', 3],
  ['control-border', 'bg', 3],
  ['focus', 'bg', 3],
  ['focus', 'surface', 3],
];

describe.each([
  ['light', light],
  ['dark', dark],
])('the %s theme', (_, palette) => {
  it.each(PAIRS)('sets %s on %s apart by at least %s:1', (front, back, least) => {
    const [a, b] = [palette[front], palette[back]];
    expect(a && b, `--${front} and --${back} are declared`).toBeTruthy();
    expect(contrast(a ?? '', b ?? '')).toBeGreaterThanOrEqual(least);
  });
});
