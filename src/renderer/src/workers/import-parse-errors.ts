// Errors cross postMessage as plain data: a class instance (ImportFileError) would lose its class.
import { ImportFileError } from '@renderer/documents/import/import-file-error';
import type { SerialisedError } from './import-parse-protocol';

export function serialiseError(error: unknown): SerialisedError {
  if (error instanceof ImportFileError) return { code: error.code, message: error.message };
  return { message: error instanceof Error ? error.message : String(error) };
}

export function deserialiseError(error: SerialisedError): Error {
  return error.code ? new ImportFileError(error.code, error.message) : new Error(error.message);
}
