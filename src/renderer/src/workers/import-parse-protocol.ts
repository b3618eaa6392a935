// Messages between the import screen and the parsing worker. Errors cross as plain data, because
// class instances (ImportFileError) lose their class on the way through postMessage.
import type { ColumnMapping, ImportFileErrorCode, ImportFormat } from '@renderer/documents/import';
import type { ImportPreviewResult } from '@renderer/documents/import/preview-result';

export interface ImportFileInput {
  name: string;
  bytes: Uint8Array;
}

/** What the mapping step needs to know about a file: its headers and a few rows to show. */
export interface ImportFileSummary {
  format: ImportFormat;
  headers: string[];
  /** The auto-mapping by header name. */
  autoMapping: ColumnMapping;
  /** The first rows as text, one array per row, in header order. */
  samples: string[][];
  totalRows: number;
  /** What the officer should check although the file could be read (e.g. mixed encodings). */
  warnings: string[];
}

export type ParseRequest =
  | { type: 'read'; id: number; file: ImportFileInput }
  | { type: 'preview'; id: number; mapping: ColumnMapping };

export type SerialisedError = { code?: ImportFileErrorCode; message: string };

export type ParseResponse =
  | { type: 'progress'; id: number; fraction: number }
  | { type: 'read-done'; id: number; summary: ImportFileSummary }
  | { type: 'preview-done'; id: number; preview: ImportPreviewResult }
  | { type: 'error'; id: number; error: SerialisedError };
