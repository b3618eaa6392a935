// Shared by the import tests: fixture files, a call to import into, and a snapshot of every table.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { AppDatabase } from '@renderer/data/db';
import type { ImportFileInput } from '@renderer/documents/import';
import { TEMPLATE_COLUMNS } from '@renderer/documents/import/template';
import { changeCallStatus, createCall } from '@renderer/services/calls';
import type { ServiceContext } from '@renderer/services/context';
import { callInput } from '../services/applications.fixtures';

const FIXTURES = join(import.meta.dirname, '../../fixtures/import');

export function fixture(dir: 'good' | 'malformed', name: string): ImportFileInput {
  return { name, bytes: new Uint8Array(readFileSync(join(FIXTURES, dir, name))) };
}

export function fixtureNames(dir: 'good' | 'malformed'): string[] {
  return readdirSync(join(FIXTURES, dir)).filter((n) => n !== 'manifest.json').sort();
}

export interface Expectation {
  message: string;
  kind: 'file' | 'row';
  column?: string;
  row?: number;
}

export function malformedManifest(): Record<string, Expectation> {
  return JSON.parse(readFileSync(join(FIXTURES, 'malformed', 'manifest.json'), 'utf8')) as Record<string, Expectation>;
}

/** A CSV file from rows of canonical columns, `;`-separated, UTF-8. */
export function csvFile(rows: Record<string, string>[], name = 'soknader.csv', columns: readonly string[] = TEMPLATE_COLUMNS): ImportFileInput {
  const quote = (v: string) => (/[;"\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const text = [columns.join(';'), ...rows.map((r) => columns.map((c) => quote(r[c] ?? '')).join(';'))].join('\r\n');
  return { name, bytes: new TextEncoder().encode(text) };
}

/** An open call, created through the services. */
export async function openCall(ctx: ServiceContext, patch: Parameters<typeof callInput>[0] = {}): Promise<string> {
  const call = await createCall(ctx, callInput(patch));
  await changeCallStatus(ctx, call.id, 'apen');
  return call.id;
}

/** Every table's rows, to prove a failed import left the database as it was. */
export async function snapshot(db: AppDatabase): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of db.tables) out[table.name] = await table.toArray();
  return out;
}
