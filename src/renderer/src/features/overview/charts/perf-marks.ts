// The performance mark the benchmark (scripts/bench/overview.ts) reads: the counts are painted.
export const OVERVIEW_COUNTS_MARK = 'oversikt:tall';
