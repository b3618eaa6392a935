// Renders reminders and repayment claims off the main thread, one request at a time in the order
// they came, each PDF sent back as it is ready so the page can show "n av N". Fonts parsed for the
// first letter are kept for the rest (documents/pdf/font-cache.ts).
import type { FollowUpRenderRequest, FollowUpRenderResponse } from './follow-up-protocol';
import { renderFollowUp } from './render-follow-up';

const post = (message: FollowUpRenderResponse, transfer: Transferable[] = []) => self.postMessage(message, { transfer });

let queue: Promise<void> = Promise.resolve();

self.onmessage = (event: MessageEvent<FollowUpRenderRequest>) => {
  const { index, job } = event.data;
  queue = queue.then(async () => {
    try {
      const bytes = await renderFollowUp(job);
      post({ type: 'letter', index, bytes }, [bytes.buffer]);
    } catch (e) {
      post({ type: 'error', index, message: e instanceof Error ? e.message : String(e) });
    }
  });
};
