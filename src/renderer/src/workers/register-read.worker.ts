// Reads an Enhetsregisteret bulk file off the main thread; cancelling terminates the worker.
/// <reference lib="webworker" />
import { RegisterFileError } from '@renderer/documents/register';
import type { RegisterReadRequest, RegisterReadResponse } from './register-read-protocol';
import { runRegisterRead } from './register-read-run';

const scope = self as unknown as DedicatedWorkerGlobalScope;

function send(message: RegisterReadResponse): void {
  scope.postMessage(message);
}

scope.onmessage = async (event: MessageEvent<RegisterReadRequest>) => {
  const { id, bytes, knownOrgnrs } = event.data;
  try {
    const result = await runRegisterRead(bytes, knownOrgnrs, (fraction) => send({ type: 'progress', id, fraction }));
    send({ type: 'done', id, result });
  } catch (error) {
    send({
      type: 'error',
      id,
      error: {
        code: error instanceof RegisterFileError ? error.code : undefined,
        message: error instanceof Error ? error.message : String(error),
      },
    });
  }
};
