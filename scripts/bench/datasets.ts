// The realistic databases the reading steps bench against, at full and tiny size. Made by the
// generator (generate.ts) inside the page. Their change log is left out: these pages read only its
// last id, and chaining 400 000 entries would be most of the fill. Letters are small real PDFs: the
// pages read the letters' slim heads, never their bytes.
import { generatedDataset, type Dataset } from './harness';
import type { BenchSize } from './generate';

export type StepSize = 'full' | 'tiny';

const sized = (open: number, closed: readonly number[], organisations: number): BenchSize => ({
  applications: open + closed.reduce((a, b) => a + b, 0),
  openInCurrentCall: open,
  closedCalls: closed,
  organisations,
  largeLetterShare: 0,
  // Organisations apply for the same activity year after year: ~45 000 distinct titles in 50 000.
  repeatedTitleShare: 0.1,
  changeLog: false,
});

const nine = (n: number) => Array.from({ length: 9 }, () => n);
/** 2016–2024 closed, 2020 (the IMDi export's year, index 4) the big one. */
const with2020 = (n: number, others: number) => nine(others).map((v, i) => (i === 4 ? n : v));

/**
 * Ten years of 5 000 applications each (50 000 in Søknader), the nine closed years decided with
 * letters, payments and reports: Søknader and Oversikt.
 */
export const TEN_YEARS: Record<StepSize, Dataset> = {
  full: generatedDataset('ten-years', sized(5_000, nine(5_000), 2_000)),
  tiny: generatedDataset('ten-years-tiny', sized(40, nine(40), 40)),
};

/**
 * This year's call of 50 000 open applications and the 2020 call of 5 500, decided: Vedtak og
 * brev at both sizes, the list's full read and sort, and the IMDi export of 2020.
 */
export const DECISION_CALLS: Record<StepSize, Dataset> = {
  full: generatedDataset('decision-calls', sized(50_000, with2020(5_500, 500), 2_000)),
  tiny: generatedDataset('decision-calls-tiny', sized(300, with2020(60, 5), 40)),
};

export const CURRENT_CALL = 'call-2025';
export const EXPORT_YEAR = 2020;
export const EXPORT_CALL = `call-${EXPORT_YEAR}`;
