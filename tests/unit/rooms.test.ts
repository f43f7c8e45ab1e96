// @vitest-environment node
/**
 * The import rules in biome.json keep each room to what it may touch. Probe files that break
 * them are linted where real code would sit, so this fails if a rule stops biting.
 */
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../..');
const BIOME = join(ROOT, 'node_modules/.bin/biome');
const tag = randomUUID().slice(0, 8);

/** Each probe: where it sits, what it imports (a module, or one name of it), and whether the rules must refuse it. */
const PROBES = [
  { dir: 'utils/domain', from: '#imports', refused: true },
  { dir: 'utils/domain', from: 'wxt/browser', refused: true },
  { dir: 'utils/domain', from: '@wxt-dev/storage', refused: true },
  { dir: 'utils/domain', from: 'webextension-polyfill', refused: true },
  { dir: 'utils/domain', from: '@/utils/storage/items', refused: true },
  { dir: 'utils/domain', from: '@/utils/background/dispatch', refused: true },
  { dir: 'utils/domain', from: '../storage/items', refused: true },
  { dir: 'utils/domain', from: './session', refused: false },
  { dir: 'utils/domain', from: '@/utils/domain/session', refused: false },
  { dir: 'entrypoints/popup', from: '@/utils/background/dispatch', refused: true },
  { dir: 'entrypoints/options', from: '../../utils/background/dispatch', refused: true },
  { dir: 'components', from: '@/utils/background/handlers', refused: true },
  { dir: 'components/hooks', from: '@/utils/background/dispatch', refused: true },
  { dir: 'entrypoints/popup', from: '@/utils/client/background-client', refused: false },
  { dir: 'utils/background', from: '#imports', name: 'browser', refused: true },
  { dir: 'utils/background', from: 'wxt/browser', refused: true },
  { dir: 'utils/background', from: 'webextension-polyfill', refused: true },
  { dir: 'utils/background', from: '#imports', name: 'storage', refused: false },
  { dir: 'utils/background', from: '@wxt-dev/browser', name: 'browser', refused: false },
  { dir: 'entrypoints/popup', from: '#imports', name: 'browser', refused: false },
].map((probe, i) => ({ ...probe, file: `${probe.dir}/rooms-probe-${tag}-${i}.ts` }));

const written: string[] = [];

afterAll(() => {
  for (const file of written) rmSync(join(ROOT, file), { force: true });
});

interface Diagnostic {
  category: string;
  location: { path: string };
}

function lintProbes(): Diagnostic[] {
  for (const { file, from, name } of PROBES) {
    // One named import where the rule is about a name, the whole module otherwise.
    const imported = name ? `{ ${name} as probe }` : '* as probe';
    writeFileSync(join(ROOT, file), `import ${imported} from '${from}';\n\nexport const used = probe;\n`);
    written.push(file);
  }
  const run = spawnSync(
    BIOME,
    ['lint', '--only=style/noRestrictedImports', '--reporter=json', ...PROBES.map((p) => p.file)],
    { cwd: ROOT, encoding: 'utf8' },
  );
  return (JSON.parse(run.stdout) as { diagnostics: Diagnostic[] }).diagnostics;
}

describe('the import rules between rooms', () => {
  const diagnostics = lintProbes();

  it.each(PROBES)('$dir importing $from: refused $refused', ({ file, refused }) => {
    const found = diagnostics.filter(
      (d) => d.location.path.endsWith(file) && d.category === 'lint/style/noRestrictedImports',
    );
    expect(found.length).toBe(refused ? 1 : 0);
  });
});
