// Opens a PDF with pdf.js, which is loaded with import() on first use so it stays out of the
// start-up bundle. Its worker is a file Vite emits next to the other assets (served from
// app://tilskudd/ in Electron, from `vite preview` in the browser), so the CSP's worker-src 'self'
// covers it. No wasmUrl, cMapUrl or standardFontDataUrl: our letters embed their fonts, and
// without those URLs pdf.js fetches nothing. pdf.js 6 has no eval code path any more (its old
// isEvalSupported option is gone), so the CSP needs no 'unsafe-eval'.
import type * as PdfJsLib from 'pdfjs-dist';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

export type PdfDocument = PDFDocumentProxy;

type PdfJs = typeof PdfJsLib;

let library: Promise<PdfJs> | undefined;

function loadPdfJs(): Promise<PdfJs> {
  library ??= import('pdfjs-dist').then(
    (lib) => {
      lib.GlobalWorkerOptions.workerSrc = workerUrl;
      return lib;
    },
    (error: unknown) => {
      // A failed chunk load (rare, but possible after an update) may succeed on the next try.
      library = undefined;
      throw error;
    },
  );
  return library;
}

export class PdfClosedError extends Error {
  override readonly name = 'PdfClosedError';
}

export interface OpenedPdf {
  /** Rejects with PdfClosedError if close() came first, or with pdf.js's error. */
  document: Promise<PdfDocument>;
  /** Stops loading, or destroys the document and its worker. Safe to call more than once. */
  close(): void;
}

export function openPdf(bytes: Uint8Array): OpenedPdf {
  let closed = false;
  let destroy: (() => Promise<void>) | undefined;
  const document = loadPdfJs().then((lib) => {
    if (closed) throw new PdfClosedError();
    const task = lib.getDocument({
      // pdf.js transfers (detaches) the buffer it is given to its worker: hand it a copy, so
      // the caller's bytes stay whole (for "Lagre PDF", say).
      data: bytes.slice(),
      verbosity: lib.VerbosityLevel.ERRORS,
      enableXfa: false,
    });
    destroy = () => task.destroy();
    return task.promise;
  });
  return {
    document,
    close() {
      if (closed) return;
      closed = true;
      void destroy?.().catch(() => {});
    },
  };
}
