// The charts library behind import(): Oversikt's counts paint first, the charts follow.
import { lazy } from 'react';

const load = () => import('./FigureChart');

export const LazyFigureChart = lazy(load);

/** Starts loading the charts once the page's first figures are on screen. */
export function preloadFigureChart(): void {
  void load();
}
