// Renders decision letters off the main thread, one at a time, reporting each as it is ready so
// the page can show "n av N" and store it. Cancelling terminates the worker.
import type { RenderRequest, RenderResponse } from './letters-protocol';
import { renderLetter } from './render-letter';

const post = (message: RenderResponse, transfer: Transferable[] = []) => self.postMessage(message, { transfer });

self.onmessage = async (event: MessageEvent<RenderRequest>) => {
  const { jobs } = event.data;
  for (const [index, job] of jobs.entries()) {
    try {
      const bytes = await renderLetter(job);
      post({ type: 'letter', key: job.key, index, bytes }, [bytes.buffer]);
    } catch (e) {
      post({ type: 'error', key: job.key, message: e instanceof Error ? e.message : String(e) });
      return;
    }
  }
  post({ type: 'done' });
};
