import { describe, expect, it } from 'vitest';
import {
  initialPdfViewState,
  isPdfViewBusy,
  pdfViewProgress,
  pdfViewReducer,
  type PdfViewEvent,
  type PdfViewState,
} from '@renderer/components/pdf/pdf-view-state';

const run = (...events: PdfViewEvent[]): PdfViewState => events.reduce(pdfViewReducer, initialPdfViewState);

describe('the PDF preview state', () => {
  it('is busy loading until the document opens, then until every page is drawn', () => {
    expect(isPdfViewBusy(initialPdfViewState)).toBe(true);
    const opened = run({ type: 'opened', pageCount: 2 });
    expect(opened).toMatchObject({ status: 'shown', pageCount: 2 });
    expect(isPdfViewBusy(opened)).toBe(true);
    expect(pdfViewProgress(opened)).toBe(0);
    const half = pdfViewReducer(opened, { type: 'pageRendered', page: 2 });
    expect(pdfViewProgress(half)).toBe(50);
    const done = pdfViewReducer(half, { type: 'pageRendered', page: 1 });
    expect(isPdfViewBusy(done)).toBe(false);
    expect(pdfViewProgress(done)).toBe(100);
  });

  it('counts a page drawn again (after a resize) once, and ignores pages it does not have', () => {
    const state = run(
      { type: 'opened', pageCount: 2 },
      { type: 'pageRendered', page: 1 },
      { type: 'pageRendered', page: 1 },
      { type: 'pageRendered', page: 3 },
      { type: 'pageRendered', page: 0 },
    );
    expect(pdfViewProgress(state)).toBe(50);
    expect(isPdfViewBusy(state)).toBe(true);
  });

  it('ignores a drawn page before the document is open', () => {
    expect(run({ type: 'pageRendered', page: 1 })).toEqual({ status: 'loading' });
  });

  it('shows the error when loading or drawing fails, and for a PDF without pages', () => {
    expect(run({ type: 'failed' })).toEqual({ status: 'error' });
    expect(run({ type: 'opened', pageCount: 1 }, { type: 'failed' })).toEqual({ status: 'error' });
    expect(run({ type: 'opened', pageCount: 0 })).toEqual({ status: 'error' });
    expect(isPdfViewBusy({ status: 'error' })).toBe(false);
  });
});
