export interface ManifestPermissions {
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
}
export function readmePermissions(readme: string): string[];
export function manifestPermissions(manifest: ManifestPermissions): string[];
export function permissionProblems(manifests: Record<string, ManifestPermissions>, listed: string[]): string[];
