// Renders reminders and repayment claims off the main thread, one at a time, reporting each as it
// is ready so the page can show "n av N".
import type { FollowUpRenderRequest, FollowUpRenderResponse } from './follow-up-protocol';
import { renderFollowUp } from './render-follow-up';

const post = (message: FollowUpRenderResponse, transfer: Transferable[] = []) => self.postMessage(message, { transfer });

self.onmessage = async (event: MessageEvent<FollowUpRenderRequest>) => {
  for (const [index, job] of event.data.jobs.entries()) {
    try {
      const bytes = await renderFollowUp(job);
      post({ type: 'letter', key: job.key, index, bytes }, [bytes.buffer]);
    } catch (e) {
      post({ type: 'error', key: job.key, message: e instanceof Error ? e.message : String(e) });
      return;
    }
  }
  post({ type: 'done' });
};
