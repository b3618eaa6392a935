// The performance marks the benchmark (scripts/bench/overview.ts) reads.
/** Oversikt's figures are on screen and about to read. */
export const OVERVIEW_START_MARK = 'oversikt:start';
/** The call's counts are painted. */
export const OVERVIEW_COUNTS_MARK = 'oversikt:tall';
