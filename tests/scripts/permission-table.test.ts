import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { permissionProblems, readmePermissions } from '@/scripts/permission-table.mjs';

const README = `# Title

## Permissions

| permission | why         |
| ---------- | ----------- |
| \`alarms\`   | to wake     |
| \`storage\`  | to remember |

No host permissions.

## Scripts

| \`npm test\` | not a permission |
`;

describe('the README permission table check', () => {
  it('reads the permission names from the table under "Permissions" only', () => {
    expect(readmePermissions(README)).toEqual(['alarms', 'storage']);
  });

  it('passes when every manifest asks for exactly what the table lists', () => {
    const manifest = { permissions: ['alarms', 'storage'] };
    expect(permissionProblems({ Chrome: manifest, Firefox: manifest }, ['alarms', 'storage'])).toEqual([]);
  });

  it('fails when a manifest asks for a permission the table does not explain', () => {
    const manifests = {
      Chrome: { permissions: ['alarms', 'storage'] },
      Firefox: { permissions: ['alarms', 'storage', 'tabs'], host_permissions: ['<all_urls>'] },
    };
    expect(permissionProblems(manifests, ['alarms', 'storage'])).toEqual([
      'The Firefox manifest asks for "tabs", which the README\'s permission table does not explain.',
      'The Firefox manifest asks for "<all_urls>", which the README\'s permission table does not explain.',
    ]);
  });

  it('fails when the table lists a permission no manifest asks for', () => {
    expect(permissionProblems({ Chrome: { permissions: ['alarms'] } }, ['alarms', 'storage'])).toEqual([
      'The README lists "storage", which no manifest asks for.',
    ]);
  });

  it('the project README lists the four permissions the extension uses', () => {
    expect(readmePermissions(readFileSync('README.md', 'utf8'))).toEqual([
      'alarms',
      'storage',
      'notifications',
      'idle',
    ]);
  });
});
