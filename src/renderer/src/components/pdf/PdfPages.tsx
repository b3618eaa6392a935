// Shows every page of a PDF, drawn by pdf.js on canvases that fit the available width, in a
// labelled region that keyboard users can scroll. While the document loads it says so; if it
// cannot be shown it says that instead, and the caller keeps its other ways out (such as saving
// the file). pdf.js and its worker are loaded only when the first PDF is shown.
import { useCallback, useEffect, useReducer, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import type { SxProps, Theme } from '@mui/material/styles';
import { CenteredProgress } from '@renderer/components/CenteredProgress';
import { pdfText } from '@renderer/i18n/pdf';
import { PdfPage } from './PdfPage';
import { useContentWidth } from './use-content-width';
import { PdfClosedError, openPdf, type PdfDocument } from './pdf-loader';
import { initialPdfViewState, isPdfViewBusy, pdfViewProgress, pdfViewReducer } from './pdf-view-state';

/** A grey desk the white pages lie on. */
const FRAME = { bgcolor: '#e4e8ec', borderRadius: 1, p: 2 } as const;

interface Props {
  bytes: Uint8Array;
  /** Names the region, e.g. "Vedtaksbrevet". */
  label: string;
  loadingText: string;
  errorText: string;
  sx?: SxProps<Theme>;
}

export function PdfPages({ bytes, label, loadingText, errorText, sx }: Props) {
  const [state, dispatch] = useReducer(pdfViewReducer, initialPdfViewState);
  const [pdf, setPdf] = useState<PdfDocument | null>(null);
  const [containerRef, width] = useContentWidth<HTMLDivElement>();

  useEffect(() => {
    const opened = openPdf(bytes);
    opened.document.then(
      (doc) => {
        setPdf(doc);
        dispatch({ type: 'opened', pageCount: doc.numPages });
      },
      (error: unknown) => {
        if (error instanceof PdfClosedError) return;
        console.error('PDF-en kunne ikke vises', error);
        dispatch({ type: 'failed' });
      },
    );
    return () => opened.close();
  }, [bytes]);

  const onRendered = useCallback((page: number) => dispatch({ type: 'pageRendered', page }), []);
  const onFailed = useCallback((error: unknown) => {
    console.error('En side i PDF-en kunne ikke tegnes', error);
    dispatch({ type: 'failed' });
  }, []);

  // The caller's sx (size, flex) goes on whichever box is shown.
  const outer = Array.isArray(sx) ? sx : [sx];

  if (state.status === 'error') {
    return (
      <Alert severity="warning" sx={sx}>
        {errorText}
      </Alert>
    );
  }

  // The loading message stands outside the region, which is aria-busy while the pages are drawn:
  // a screen reader may hold back what changes inside a busy region, and this should be heard.
  if (state.status === 'loading' || !pdf) {
    return (
      <Box sx={[FRAME, ...outer]}>
        <CenteredProgress label={loadingText} />
      </Box>
    );
  }

  const busy = isPdfViewBusy(state);
  return (
    <Box
      ref={containerRef}
      role="region"
      aria-label={label}
      aria-busy={busy}
      tabIndex={0}
      sx={[
        FRAME,
        {
          position: 'relative',
          overflowY: 'auto',
          overflowX: 'hidden',
          // The scroll bar takes its room from the start, so the pages are not drawn twice.
          scrollbarGutter: 'stable',
          '&:focus-visible': { outline: '2px solid', outlineColor: 'primary.main', outlineOffset: 2 },
        },
        ...outer,
      ]}
    >
      {busy ? (
        <LinearProgress
          variant="determinate"
          value={pdfViewProgress(state)}
          aria-label={pdfText.drawingPages}
          sx={{ position: 'sticky', top: 0, mb: 1, zIndex: 1 }}
        />
      ) : null}
      <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
        {Array.from({ length: state.pageCount }, (_, index) => (
          <PdfPage
            key={index}
            pdf={pdf}
            pageNumber={index + 1}
            pageCount={state.pageCount}
            width={width}
            onRendered={onRendered}
            onFailed={onFailed}
          />
        ))}
      </Box>
    </Box>
  );
}
