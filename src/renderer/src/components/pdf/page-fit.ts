// How big a PDF page is drawn: as wide as the preview allows (up to a readable maximum), with a
// canvas of device pixels so the text is sharp on high-DPI screens, but never a canvas so large
// that the browser refuses it or the memory runs out.

export interface PageSize {
  /** Page width in PDF points (the viewport at scale 1). */
  width: number;
  height: number;
}

export interface PageFit {
  /** Size on screen in CSS pixels. */
  cssWidth: number;
  cssHeight: number;
  /** Size of the canvas bitmap in device pixels. */
  pixelWidth: number;
  pixelHeight: number;
  /** The pdf.js viewport scale that fills the canvas bitmap. */
  renderScale: number;
}

/** Wider than this, a letter page only gets larger, not easier to read. */
export const MAX_PAGE_CSS_WIDTH = 900;
/** 4096 × 4096: far below Chromium's canvas limit, and ~64 MB of pixels at most. */
export const MAX_CANVAS_PIXELS = 4096 * 4096;

export function fitPage(page: PageSize, availableWidth: number, devicePixelRatio: number): PageFit {
  const cssWidth = Math.max(1, Math.floor(Math.min(availableWidth, MAX_PAGE_CSS_WIDTH)));
  const aspect = page.height / page.width;
  const cssHeight = cssWidth * aspect;
  let ratio = Number.isFinite(devicePixelRatio) && devicePixelRatio > 0 ? devicePixelRatio : 1;
  const area = cssWidth * cssHeight * ratio * ratio;
  if (area > MAX_CANVAS_PIXELS) ratio *= Math.sqrt(MAX_CANVAS_PIXELS / area);
  const pixelWidth = Math.max(1, Math.floor(cssWidth * ratio));
  const renderScale = pixelWidth / page.width;
  return {
    cssWidth,
    cssHeight,
    pixelWidth,
    pixelHeight: Math.max(1, Math.round(page.height * renderScale)),
    renderScale,
  };
}
