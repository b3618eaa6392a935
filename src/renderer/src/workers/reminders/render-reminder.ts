// One acceptance reminder from input to PDF bytes. Loaded with import() so pdfmake stays out of the
// page's chunk; reminders are few and short, so they render on the main thread one at a time.
import { buildAcceptanceReminder, type AcceptanceReminderInput } from '@renderer/documents/pdf/acceptance-reminder-letter';
import { renderPdf } from '@renderer/documents/pdf/render-browser';

export function renderReminder(input: AcceptanceReminderInput): Promise<Uint8Array> {
  return renderPdf(buildAcceptanceReminder(input));
}
