// The import screen's handle on the parsing worker: typed promises with progress, and a cancel that
// terminates the worker. Where there is no Worker (happy-dom tests), it parses on the main thread.
import type { ColumnMapping } from '@renderer/documents/import/columns';
import { ImportFileError } from '@renderer/documents/import/import-file-error';
import type { ImportPreviewResult } from '@renderer/documents/import/preview-result';
import type { ImportFileInput, ImportFileSummary, ParseRequest, ParseResponse } from './import-parse-protocol';
import { deserialiseError } from './import-parse-errors';
import type { ImportParseSession } from './import-parse-steps';

export type ProgressListener = (fraction: number) => void;

export interface ImportParser {
  /** Reads the file into a table the parser keeps for preview(). */
  read(file: ImportFileInput, onProgress?: ProgressListener): Promise<ImportFileSummary>;
  /** Checks every row of the last file read with this mapping. */
  preview(mapping: ColumnMapping, onProgress?: ProgressListener): Promise<ImportPreviewResult>;
  /** Stops the running job; its promise rejects with ImportFileError code 'avbrutt'. */
  cancel(): void;
  dispose(): void;
}

/** A request before the client numbers it (Omit distributed over the union). */
type Unnumbered<T> = T extends unknown ? Omit<T, 'id'> : never;

const cancelled = () => new ImportFileError('avbrutt', 'Innlesingen ble avbrutt.');

interface Pending {
  resolve: (value: never) => void;
  reject: (error: Error) => void;
  onProgress?: ProgressListener;
}

class WorkerParser implements ImportParser {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private file: ImportFileInput | undefined;
  /** False after a cancel: the new worker has not seen the file yet. */
  private workerHasFile = false;

  async read(file: ImportFileInput, onProgress?: ProgressListener): Promise<ImportFileSummary> {
    this.file = file;
    this.workerHasFile = false;
    const summary = await this.send<ImportFileSummary>({ type: 'read', file }, onProgress);
    this.workerHasFile = true;
    return summary;
  }

  async preview(mapping: ColumnMapping, onProgress?: ProgressListener): Promise<ImportPreviewResult> {
    if (!this.workerHasFile && this.file) await this.read(this.file, (f) => onProgress?.(f * 0.5));
    return this.send<ImportPreviewResult>({ type: 'preview', mapping }, onProgress);
  }

  cancel(): void {
    this.worker?.terminate();
    this.worker = undefined;
    this.workerHasFile = false;
    for (const job of this.pending.values()) job.reject(cancelled());
    this.pending.clear();
  }

  dispose(): void {
    this.cancel();
    this.file = undefined;
  }

  private send<T>(request: Unnumbered<ParseRequest>, onProgress?: ProgressListener): Promise<T> {
    const worker = this.ensureWorker();
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: never) => void, reject, onProgress });
      // The bytes are copied, not transferred: the parser keeps them to re-read after a cancel.
      worker.postMessage({ ...request, id } as ParseRequest);
    });
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('./import-parse.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<ParseResponse>) => this.receive(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      const error = new Error(event.message || 'Innlesingen stoppet uventet.');
      for (const job of this.pending.values()) job.reject(error);
      this.pending.clear();
      this.worker?.terminate();
      this.worker = undefined;
      this.workerHasFile = false;
    };
    this.worker = worker;
    return worker;
  }

  private receive(message: ParseResponse): void {
    const job = this.pending.get(message.id);
    if (!job) return;
    if (message.type === 'progress') {
      job.onProgress?.(message.fraction);
      return;
    }
    this.pending.delete(message.id);
    if (message.type === 'error') job.reject(deserialiseError(message.error));
    else if (message.type === 'read-done') job.resolve(message.summary as never);
    else job.resolve(message.preview as never);
  }
}

/** The fallback: same steps on the main thread, cancelled through an AbortSignal. */
class MainThreadParser implements ImportParser {
  private session: Promise<ImportParseSession> | undefined;
  private controller = new AbortController();

  async read(file: ImportFileInput, onProgress?: ProgressListener): Promise<ImportFileSummary> {
    this.controller = new AbortController();
    return (await this.load()).read(file, { onProgress, signal: this.controller.signal });
  }

  async preview(mapping: ColumnMapping, onProgress?: ProgressListener): Promise<ImportPreviewResult> {
    this.controller = new AbortController();
    return (await this.load()).preview(mapping, { onProgress, signal: this.controller.signal });
  }

  /** The file readers are heavy: loaded only when this fallback is used. */
  private load(): Promise<ImportParseSession> {
    this.session ??= import('./import-parse-steps').then((m) => new m.ImportParseSession());
    return this.session;
  }

  cancel(): void {
    this.controller.abort();
  }

  dispose(): void {
    this.cancel();
  }
}

export function createImportParser(): ImportParser {
  return typeof Worker === 'undefined' ? new MainThreadParser() : new WorkerParser();
}
