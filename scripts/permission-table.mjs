// Compares the permissions a built manifest asks for with the README's permission table.

/** The permission names listed in the first column of the table under `## Permissions`. */
export function readmePermissions(readme) {
  const section = readme.split(/^## /m).find((part) => part.startsWith('Permissions\n')) ?? '';
  const names = [];
  for (const line of section.split('\n')) {
    const cell = line.match(/^\|\s*`([^`]+)`\s*\|/);
    if (cell) names.push(cell[1]);
  }
  return names;
}

/** Every permission, optional permission and host permission a manifest asks for. */
export function manifestPermissions(manifest) {
  return [
    ...(manifest.permissions ?? []),
    ...(manifest.optional_permissions ?? []),
    ...(manifest.host_permissions ?? []),
    ...(manifest.optional_host_permissions ?? []),
  ];
}

/** What disagrees: permissions asked for but not in the table, and table rows no manifest asks for. */
export function permissionProblems(manifests, listed) {
  const problems = [];
  const asked = new Set();
  for (const [browser, manifest] of Object.entries(manifests)) {
    for (const permission of manifestPermissions(manifest)) {
      asked.add(permission);
      if (!listed.includes(permission)) {
        problems.push(
          `The ${browser} manifest asks for "${permission}", which the README's permission table does not explain.`,
        );
      }
    }
  }
  for (const permission of listed) {
    if (!asked.has(permission)) problems.push(`The README lists "${permission}", which no manifest asks for.`);
  }
  return problems;
}
