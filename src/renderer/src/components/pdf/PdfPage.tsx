// One PDF page drawn on a canvas (a picture named "Side 1 av 2") with the page's text beside it,
// hidden from sight but read by screen readers. Redraws when the available width changes.
import { useEffect, useRef, useState } from 'react';
import Box from '@mui/material/Box';
import { pdfText } from '@renderer/i18n/pdf';
import type { PdfDocument } from './pdf-loader';
import { fitPage } from './page-fit';
import { pageText } from './page-text';

interface Props {
  pdf: PdfDocument;
  pageNumber: number;
  pageCount: number;
  /** The width the page may take, in CSS pixels. */
  width: number;
  onRendered: (pageNumber: number) => void;
  onFailed: (error: unknown) => void;
}

const visuallyHidden = {
  position: 'absolute',
  width: 1,
  height: 1,
  p: 0,
  m: '-1px',
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'pre-line',
  border: 0,
} as const;

export function PdfPage({ pdf, pageNumber, pageCount, width, onRendered, onFailed }: Props) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const [cssWidth, setCssWidth] = useState<number | null>(null);
  const [text, setText] = useState('');

  useEffect(() => {
    if (width <= 0) return;
    let cancelled = false;
    let cancelRender: (() => void) | undefined;
    void (async () => {
      try {
        const page = await pdf.getPage(pageNumber);
        const canvas = canvasRef.current;
        if (cancelled || !canvas) return;
        const base = page.getViewport({ scale: 1 });
        const fit = fitPage(base, width, window.devicePixelRatio);
        // Setting the size clears the canvas; set it only when it changes.
        if (canvas.width !== fit.pixelWidth) canvas.width = fit.pixelWidth;
        if (canvas.height !== fit.pixelHeight) canvas.height = fit.pixelHeight;
        setCssWidth(fit.cssWidth);
        const task = page.render({ canvas, viewport: page.getViewport({ scale: fit.renderScale }) });
        cancelRender = () => task.cancel();
        await task.promise;
        if (!cancelled) onRendered(pageNumber);
      } catch (error) {
        // A cancelled render (we moved on) is not a failure.
        if (!cancelled) onFailed(error);
      }
    })();
    return () => {
      cancelled = true;
      cancelRender?.();
    };
  }, [pdf, pageNumber, width, onRendered, onFailed]);

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      try {
        const page = await pdf.getPage(pageNumber);
        const content = await page.getTextContent();
        if (!cancelled) setText(pageText(content.items));
      } catch {
        // The picture is still there; only the text for screen readers is missing.
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [pdf, pageNumber]);

  return (
    <Box sx={{ position: 'relative', width: cssWidth ?? '100%', maxWidth: '100%', mx: 'auto' }}>
      <Box
        component="canvas"
        ref={canvasRef}
        role="img"
        aria-label={pdfText.pageLabel(pageNumber, pageCount)}
        sx={{
          display: 'block',
          width: '100%',
          height: 'auto',
          // Until the page is drawn, hold the place of an A4 sheet.
          aspectRatio: cssWidth === null ? '210 / 297' : undefined,
          bgcolor: '#fff',
          boxShadow: '0 1px 3px rgba(0, 0, 0, 0.25)',
        }}
      />
      {text ? (
        <Box sx={visuallyHidden}>{text}</Box>
      ) : null}
    </Box>
  );
}
