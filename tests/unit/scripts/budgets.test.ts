// @vitest-environment node
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { overBudget, POPUP_BUDGET_BYTES, WORKER_BUDGET_BYTES } from '../../../scripts/budgets';
import { createBuildReader } from '../../../scripts/shipped';

let dir: string;

function write(path: string, content: string | Uint8Array) {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), content);
}

/** Random bytes, written as hex so they stay a valid string, barely compress. */
function incompressible(gzipBytes: number): string {
  return `export const noise = "${randomBytes(gzipBytes).toString('hex')}";`;
}

function fakeBuild({ popupChunk, lateChunk }: { popupChunk: string; lateChunk: string }) {
  write(
    'manifest.json',
    JSON.stringify({ action: { default_popup: 'popup.html' }, background: { service_worker: 'background.js' } }),
  );
  write('popup.html', '<script type="module" src="/chunks/popup.js"></script>');
  write('chunks/popup.js', 'import "./shared.js"; const later = () => import("./late.js");');
  write('chunks/shared.js', popupChunk);
  write('chunks/late.js', lateChunk);
  write('background.js', 'console.log(1)');
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'budgets-'));
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('budgets', () => {
  it('fails a popup whose statically imported chunk passes the budget', () => {
    fakeBuild({ popupChunk: incompressible(POPUP_BUDGET_BYTES + 500), lateChunk: 'export {}' });
    const rows = createBuildReader(dir).shipped();
    expect(rows.map((row) => [row.name, row.kind, row.scripts])).toEqual([
      ['popup.html', 'popup', ['/chunks/popup.js', '/chunks/shared.js']],
      ['worker (background.js)', 'worker', ['/background.js']],
    ]);
    const broken = overBudget(rows);
    expect(broken).toHaveLength(1);
    expect(broken[0]).toMatch(/^popup\.html: \d+ bytes of JavaScript gzipped, budget 15000/);
  });

  it('does not count what the popup loads later through import()', () => {
    fakeBuild({ popupChunk: 'export {}', lateChunk: incompressible(POPUP_BUDGET_BYTES * 2) });
    expect(overBudget(createBuildReader(dir).shipped())).toEqual([]);
  });

  it('fails a worker over its budget', () => {
    fakeBuild({ popupChunk: 'export {}', lateChunk: 'export {}' });
    write('background.js', incompressible(WORKER_BUDGET_BYTES));
    expect(overBudget(createBuildReader(dir).shipped())).toEqual([
      expect.stringMatching(new RegExp(`^worker \\(background\\.js\\): \\d+ bytes .* budget ${WORKER_BUDGET_BYTES} `)),
    ]);
  });
});
