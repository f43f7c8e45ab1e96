/** The built extension stays within its JavaScript budgets (sizes only, nothing timed). */
import { describe, expect, it } from 'vitest';
import { overBudget } from '../../scripts/budgets';
import { createBuildReader } from '../../scripts/shipped';
import { EXTENSION_DIR } from './harness';

describe('the build', () => {
  it('keeps every page and the worker within their budgets', () => {
    const rows = createBuildReader(EXTENSION_DIR).shipped();
    // A build that lost a page or its worker must not pass for a small one.
    expect(rows.map((row) => row.kind).sort()).toEqual(['page', 'page', 'page', 'popup', 'worker']);
    expect(overBudget(rows)).toEqual([]);
  });
});
