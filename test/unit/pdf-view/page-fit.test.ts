import { describe, expect, it } from 'vitest';
import { MAX_CANVAS_PIXELS, MAX_PAGE_CSS_WIDTH, fitPage } from '@renderer/components/pdf/page-fit';

const A4 = { width: 595.28, height: 841.89 };

describe('fitPage', () => {
  it('fills the available width and keeps the page proportions', () => {
    const fit = fitPage(A4, 800.6, 1);
    expect(fit.cssWidth).toBe(800);
    expect(fit.cssHeight).toBeCloseTo((800 * 841.89) / 595.28, 6);
    expect(fit.pixelWidth).toBe(800);
    expect(fit.pixelHeight).toBe(Math.round(841.89 * fit.renderScale));
    expect(fit.renderScale * A4.width).toBeCloseTo(800, 6);
  });

  it('draws one canvas pixel per device pixel on a high-DPI screen, so text is sharp', () => {
    const fit = fitPage(A4, 700, 2);
    expect(fit.cssWidth).toBe(700);
    expect(fit.pixelWidth).toBe(1400);
    expect(fit.pixelHeight).toBe(Math.round((1400 * 841.89) / 595.28));
  });

  it('does not make a letter page wider than is useful', () => {
    expect(fitPage(A4, 2400, 1).cssWidth).toBe(MAX_PAGE_CSS_WIDTH);
  });

  it('keeps the canvas within the pixel budget on a very dense screen', () => {
    const fit = fitPage(A4, 900, 4);
    expect(fit.cssWidth).toBe(900);
    expect(fit.pixelWidth * fit.pixelHeight).toBeLessThanOrEqual(MAX_CANVAS_PIXELS * 1.001);
    expect(fit.pixelWidth).toBeGreaterThan(900 * 2);
  });

  it('copes with a zero width or an unknown pixel ratio', () => {
    expect(fitPage(A4, 0, Number.NaN)).toMatchObject({ cssWidth: 1, pixelWidth: 1 });
    expect(fitPage(A4, 500, 0).pixelWidth).toBe(500);
  });
});
