// Renders decision letters off the main thread, one request at a time in the order they came (the
// pool keeps a couple queued here so the worker never waits), each PDF sent back as it is ready.
// The fonts parsed for the first letter are kept for the rest (documents/pdf/font-cache.ts).
import type { RenderRequest, RenderResponse } from './letters-protocol';
import { renderLetter } from './render-letter';

const post = (message: RenderResponse, transfer: Transferable[] = []) => self.postMessage(message, { transfer });

let queue: Promise<void> = Promise.resolve();

self.onmessage = (event: MessageEvent<RenderRequest>) => {
  const { index, job } = event.data;
  queue = queue.then(async () => {
    try {
      const bytes = await renderLetter(job);
      post({ type: 'letter', index, bytes }, [bytes.buffer]);
    } catch (e) {
      post({ type: 'error', index, message: e instanceof Error ? e.message : String(e) });
    }
  });
};
