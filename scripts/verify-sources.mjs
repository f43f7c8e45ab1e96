// Proves that the sources package Mozilla's review receives rebuilds to the very add-on in the
// Firefox package: unpacks the sources, builds them as a reviewer would and compares every file.
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import JSZip from 'jszip';

const root = resolve(import.meta.dirname, '..');
const { name, version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const addonZip = join(root, '.output', `${name}-${version}-firefox.zip`);
const sourcesZip = join(root, '.output', `${name}-${version}-sources.zip`);

function run(cwd, args) {
  execFileSync(process.execPath, [join(root, 'node_modules/wxt/bin/wxt.mjs'), ...args], { cwd, stdio: 'pipe' });
}

async function entries(zipPath) {
  const zip = await JSZip.loadAsync(readFileSync(zipPath));
  const files = new Map();
  for (const entry of Object.values(zip.files)) {
    if (!entry.dir) files.set(entry.name, await entry.async('nodebuffer'));
  }
  return files;
}

function filesUnder(dir, base = dir, found = new Map()) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) filesUnder(path, base, found);
    else found.set(relative(base, path).replaceAll('\\', '/'), readFileSync(path));
  }
  return found;
}

run(root, ['zip', '-b', 'firefox']);
const workDir = mkdtempSync(join(tmpdir(), 'on-the-ball-sources-'));
try {
  for (const [path, content] of await entries(sourcesZip)) {
    mkdirSync(dirname(join(workDir, path)), { recursive: true });
    writeFileSync(join(workDir, path), content);
  }
  // The installed dependencies are those the lock file pins; linking them spares a download.
  symlinkSync(join(root, 'node_modules'), join(workDir, 'node_modules'), 'dir');
  run(workDir, ['build', '-b', 'firefox']);

  const expected = await entries(addonZip);
  const rebuiltDir = join(workDir, '.output', 'firefox-mv2');
  const rebuilt = existsSync(rebuiltDir) ? filesUnder(rebuiltDir) : new Map();
  const problems = [];
  for (const [path, content] of expected) {
    const other = rebuilt.get(path);
    if (!other) problems.push(`missing from the rebuild: ${path}`);
    else if (!other.equals(content)) problems.push(`differs: ${path}`);
  }
  for (const path of rebuilt.keys()) if (!expected.has(path)) problems.push(`only in the rebuild: ${path}`);
  if (problems.length > 0) {
    console.error(`The sources package does not rebuild the Firefox add-on:\n${problems.join('\n')}`);
    process.exitCode = 1;
  } else {
    console.log(`The sources package rebuilds the Firefox add-on file for file (${expected.size} files).`);
  }
} finally {
  rmSync(workDir, { recursive: true, force: true });
}
