// The program's first script, a few kilobytes loaded `async` beside the entry: it asks for the
// shell's and the opening page's chunks the moment it has run, so they are fetched and compiled
// while the entry (React, the theme, the database layer) is still loading. Without it those
// requests went out only once the whole entry had been evaluated, ~50 ms later on a fast start.
import { loadFirstScreenChunks } from './app/first-screen-chunks';

const settled = (load: Promise<unknown>) => load.catch(() => undefined);
const chunks = loadFirstScreenChunks(window.location.hash);
void settled(chunks.shell);
if (chunks.firstRun) void settled(chunks.firstRun);
