// Which page the program opens on, read from the address (the hash router's path), so its chunk and
// data can be fetched while the shell and the database are still starting.
import type { AreaKey } from '@renderer/i18n/areas';
import { areaPaths } from '@renderer/components/area-paths';

/** The router path in a location hash: "#/soknader?utlysning=x" → "/soknader". */
export function hashPath(hash: string): string {
  const path = hash.replace(/^#/, '').split(/[?#]/)[0] ?? '';
  return path === '' ? '/' : path.replace(/\/+$/, '') || '/';
}

/** The area a router path belongs to, or undefined for an unknown path. */
export function areaOfPath(path: string): AreaKey | undefined {
  const entries = Object.entries(areaPaths) as [AreaKey, string][];
  if (path === '/') return 'overview';
  return entries.find(([, areaPath]) => areaPath !== '/' && (path === areaPath || path.startsWith(`${areaPath}/`)))?.[0];
}

/** True for the applications list itself (not a form or an application's page). */
export function isApplicationList(path: string): boolean {
  return path === areaPaths.applications;
}
