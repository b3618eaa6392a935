// The loader hands pdf.js a copy of the bytes (pdf.js detaches what it gets), points it at the
// emitted worker file, and destroys what it opened when closed. pdf.js itself is replaced here:
// it needs a browser; the e2e test of the letter preview runs the real one.
import { beforeEach, describe, expect, it, vi } from 'vitest';

const pdfjs = vi.hoisted(() => {
  const destroy = vi.fn(async () => {});
  const getDocument = vi.fn((params: { data: Uint8Array }) => {
    // What the real pdf.js does: transfer the buffer to its worker.
    structuredClone(params.data.buffer, { transfer: [params.data.buffer as ArrayBuffer] });
    return { promise: Promise.resolve({ numPages: 2 }), destroy };
  });
  return { getDocument, destroy, GlobalWorkerOptions: { workerSrc: '' }, VerbosityLevel: { ERRORS: 0 } };
});
vi.mock('pdfjs-dist', () => pdfjs);

const { openPdf, PdfClosedError } = await import('@renderer/components/pdf/pdf-loader');

beforeEach(() => {
  pdfjs.getDocument.mockClear();
  pdfjs.destroy.mockClear();
});

describe('openPdf', () => {
  it('opens a copy, so the caller can still save the bytes it showed', async () => {
    const bytes = new Uint8Array([37, 80, 68, 70, 45]);
    const opened = openPdf(bytes);
    await expect(opened.document).resolves.toEqual({ numPages: 2 });
    expect(bytes.byteLength).toBe(5);
    expect([...bytes]).toEqual([37, 80, 68, 70, 45]);
    expect(pdfjs.getDocument).toHaveBeenCalledTimes(1);
    expect(pdfjs.GlobalWorkerOptions.workerSrc).toMatch(/pdf\.worker\.min\.mjs/);
  });

  it('destroys the document and its worker when closed', async () => {
    const opened = openPdf(new Uint8Array([1]));
    await opened.document;
    opened.close();
    opened.close();
    expect(pdfjs.destroy).toHaveBeenCalledTimes(1);
  });

  it('does not start pdf.js when closed before the library has loaded', async () => {
    const opened = openPdf(new Uint8Array([1]));
    opened.close();
    await expect(opened.document).rejects.toBeInstanceOf(PdfClosedError);
    expect(pdfjs.getDocument).not.toHaveBeenCalled();
  });
});
