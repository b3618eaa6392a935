// What a PDF preview shows, as a pure reducer: loading the document, its pages drawing one by one,
// or an error. Kept apart from pdf.js so it can be tested without a canvas.

export type PdfViewState =
  | { status: 'loading' }
  | { status: 'error' }
  | { status: 'shown'; pageCount: number; rendered: ReadonlySet<number> };

export type PdfViewEvent =
  | { type: 'opened'; pageCount: number }
  | { type: 'pageRendered'; page: number }
  | { type: 'failed' };

export const initialPdfViewState: PdfViewState = { status: 'loading' };

export function pdfViewReducer(state: PdfViewState, event: PdfViewEvent): PdfViewState {
  switch (event.type) {
    case 'opened':
      // A PDF without pages cannot be previewed; say so rather than show an empty box.
      if (!Number.isInteger(event.pageCount) || event.pageCount < 1) return { status: 'error' };
      return { status: 'shown', pageCount: event.pageCount, rendered: new Set() };
    case 'pageRendered': {
      if (state.status !== 'shown' || event.page < 1 || event.page > state.pageCount) return state;
      if (state.rendered.has(event.page)) return state;
      return { ...state, rendered: new Set([...state.rendered, event.page]) };
    }
    case 'failed':
      return { status: 'error' };
  }
}

/** True until every page has been drawn once (or the preview has failed). */
export function isPdfViewBusy(state: PdfViewState): boolean {
  if (state.status === 'loading') return true;
  if (state.status === 'error') return false;
  return state.rendered.size < state.pageCount;
}

/** Share of the pages drawn, 0–100, for a progress bar. */
export function pdfViewProgress(state: PdfViewState): number {
  if (state.status !== 'shown') return 0;
  return Math.round((state.rendered.size / state.pageCount) * 100);
}
