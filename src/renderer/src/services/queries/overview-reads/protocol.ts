// Messages between Oversikt and its read worker.
import type { OverviewRead } from './run';

export interface OverviewReadRequest {
  id: number;
  /** The database to open: the program's own, or a test's. */
  dbName: string;
  read: OverviewRead;
}

export type OverviewReadResponse = { id: number; ok: true; value: unknown } | { id: number; ok: false; message: string };
