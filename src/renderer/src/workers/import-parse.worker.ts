// Reads and checks an import file off the main thread, so the window stays responsive on big files.
// Cancelling is done by terminating the worker.
/// <reference lib="webworker" />
import type { ParseRequest, ParseResponse } from './import-parse-protocol';
import { serialiseError } from './import-parse-errors';
import { ImportParseSession } from './import-parse-steps';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const session = new ImportParseSession();

function send(message: ParseResponse): void {
  scope.postMessage(message);
}

scope.onmessage = async (event: MessageEvent<ParseRequest>) => {
  const request = event.data;
  const onProgress = (fraction: number) => send({ type: 'progress', id: request.id, fraction });
  try {
    if (request.type === 'read') {
      const summary = await session.read(request.file, { onProgress });
      send({ type: 'read-done', id: request.id, summary });
    } else {
      const preview = await session.preview(request.mapping, { onProgress });
      send({ type: 'preview-done', id: request.id, preview });
    }
  } catch (error) {
    send({ type: 'error', id: request.id, error: serialiseError(error) });
  }
};
