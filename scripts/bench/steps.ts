// Every step of `npm run bench`, in the order it runs: its flag for running it alone, whether it
// has a tiny size (a few hundred rows: `--tiny` and the bench's own browser test), and the figures
// it records.
import { benchApplicationList, LIST_FIGURES } from './application-list';
import { benchChangeLog, CHANGE_LOG_FIGURES } from './change-log';
import type { StepSize } from './datasets';
import { benchDecisionList, DECISION_FIGURES } from './decision-list';
import { benchOverview, OVERVIEW_FIGURES } from './overview';
import { benchStartup, STARTUP_FIGURES } from './startup';
import { benchWritePaths, WRITE_PATH_FIGURES } from './write-paths';
import { BACKUP_FIGURES } from './backup';

export interface BenchStep {
  flag: string;
  run(size: StepSize): Promise<void>;
  tiny: boolean;
  /** The figures it records; empty for a step that lists its own elsewhere. */
  figures: readonly string[];
}

const names = (figures: object): string[] => Object.values(figures).flatMap((v) => (typeof v === 'string' ? [v] : names(v as object)));

export const BENCH_STEPS: readonly BenchStep[] = [
  { flag: '--startup-only', run: benchStartup, tiny: true, figures: names(STARTUP_FIGURES) },
  { flag: '--list-only', run: benchApplicationList, tiny: true, figures: names(LIST_FIGURES) },
  { flag: '--write-only', run: benchWritePaths, tiny: true, figures: [...WRITE_PATH_FIGURES] },
  { flag: '--overview-only', run: benchOverview, tiny: true, figures: names(OVERVIEW_FIGURES) },
  { flag: '--decisions-only', run: benchDecisionList, tiny: true, figures: names(DECISION_FIGURES) },
  // Loaded when they run: they bundle the letter renderer and the backup code.
  { flag: '--letters-only', run: async () => (await import('./letters')).benchLetters(), tiny: false, figures: [] },
  { flag: '--backup-only', run: async (size) => (await import('./backup')).benchBackup(size), tiny: true, figures: names(BACKUP_FIGURES) },
  { flag: '--changelog-only', run: benchChangeLog, tiny: true, figures: names(CHANGE_LOG_FIGURES) },
];

/** Every figure `--tiny` must record. */
export const TINY_FIGURES: readonly string[] = BENCH_STEPS.filter((s) => s.tiny).flatMap((s) => s.figures);
