// `npm run bench`: prints speed and size figures of the built program. Run `npm run build` first.
import { existsSync } from 'node:fs';
import { benchStartup } from './bench/startup';
import { benchApplicationList } from './bench/application-list';
import { benchOverview } from './bench/overview';
import { benchDecisionList } from './bench/decision-list';
import { benchWritePaths } from './bench/write-paths';
import { writeResults } from './bench/results';
import { benchChangeLog } from './bench/change-log';

if (!existsSync('out/renderer/index.html')) {
  console.error('Fant ikke out/renderer. Kjør `npm run build` først.');
  process.exit(1);
}

// --startup-only, --list-only, --write-only, --overview-only, --decisions-only, --letters-only, --backup-only and --changelog-only run one step; --tiny runs the steps that have a tiny
// size (a few hundred rows) at that size, as the bench's own test does, and skips the others.
const tiny = process.argv.includes('--tiny');
const onlyFlag = process.argv.find((a) => a.endsWith('-only'));
const runs = (flag: string, hasTiny = false) => (!onlyFlag || onlyFlag === flag) && (!tiny || hasTiny);
if (runs('--startup-only')) await benchStartup();
if (runs('--list-only')) await benchApplicationList();
if (runs('--write-only', true)) await benchWritePaths(tiny ? 'tiny' : 'full');
if (runs('--overview-only')) await benchOverview();
if (runs('--decisions-only')) await benchDecisionList();
if (runs('--letters-only')) await (await import('./bench/letters')).benchLetters();
if (runs('--backup-only', true)) await (await import('./bench/backup')).benchBackup(tiny ? 'tiny' : 'full');

writeResults('bench/results.json', { size: tiny ? 'tiny' : 'full' });
console.log('\nFigures written to bench/results.json');
if (runs('--changelog-only')) await benchChangeLog();
