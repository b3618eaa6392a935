// Performance marks the benchmark (scripts/bench/application-list.ts) reads.
export const MARKS = {
  /** The list's first effect: it is on screen and about to show rows. */
  listStart: 'soknadsliste:start',
  firstRows: 'soknadsliste:forste-rader',
  allRows: 'soknadsliste:alle-rader',
} as const;

/** Marks once the next frame has been painted (rAF runs before paint, the timeout after it). */
export function markAfterPaint(name: string): void {
  requestAnimationFrame(() => setTimeout(() => performance.mark(name), 0));
}

/** Resolves after the next frame is painted. */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}
