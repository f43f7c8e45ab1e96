// Fails when a built manifest asks for a permission the README's table does not explain (or the
// table lists one nothing asks for), so permissions never change without the README saying why.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { permissionProblems, readmePermissions } from './permission-table.mjs';

const root = resolve(import.meta.dirname, '..');
const builds = { Chrome: '.output/chrome-mv3', Firefox: '.output/firefox-mv2' };
const manifests = Object.fromEntries(
  Object.entries(builds).map(([browser, dir]) => [
    browser,
    JSON.parse(readFileSync(join(root, dir, 'manifest.json'), 'utf8')),
  ]),
);
const problems = permissionProblems(manifests, readmePermissions(readFileSync(join(root, 'README.md'), 'utf8')));
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exitCode = 1;
} else {
  console.log('Every permission in the Chrome and Firefox manifests is in the README table.');
}
