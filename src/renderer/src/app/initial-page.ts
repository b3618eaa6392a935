// Which page the program opens on, read from the address (the hash router's path), so its chunk and
// data can be fetched while the shell and the database are still starting.
import type { AreaKey } from '@renderer/i18n/areas';
import { areaPaths } from '@renderer/components/area-paths';
import { CALL_PARAM } from '@renderer/features/decisions/decision-paths';

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

/** True for Vedtak og brev's list itself (not one application's decision). */
export function isDecisionList(path: string): boolean {
  return path === areaPaths.decisions;
}

/** The call named in a location hash's query ("#/vedtak?utlysning=x" → "x"), if any. */
export function callOfHash(hash: string): string | undefined {
  const query = hash.split('?')[1]?.split('#')[0];
  return query === undefined ? undefined : (new URLSearchParams(query).get(CALL_PARAM) ?? undefined);
}
