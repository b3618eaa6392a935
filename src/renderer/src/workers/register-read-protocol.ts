// Messages between the organisations page and the register-reading worker. Errors cross as plain
// data, because class instances lose their class on the way through postMessage.
import type { RegisterFileErrorCode, RegisterReadResult } from '@renderer/documents/register';

export interface RegisterReadRequest {
  id: number;
  /** Transferred, not copied: a register file is well over 100 MB. */
  bytes: Uint8Array;
  knownOrgnrs: string[];
}

export type RegisterReadResponse =
  | { type: 'progress'; id: number; fraction: number }
  | { type: 'done'; id: number; result: RegisterReadResult }
  | { type: 'error'; id: number; error: { code?: RegisterFileErrorCode; message: string } };
