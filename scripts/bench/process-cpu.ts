// CPU time used by this bench's child processes (the browser it launched and the browser's own
// processes), read from /proc: on a shared machine a step's CPU time per item changes far less with
// the load than its wall time does. Zero where there is no /proc.
import { existsSync, readdirSync, readFileSync } from 'node:fs';

/** utime + stime in ms of every process below this one (threads that have ended included). */
export function childProcessCpuMs(): number {
  if (!existsSync('/proc/self/stat')) return 0;
  const parentOf = new Map<number, number>();
  const ticks = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Fields after the command name: state ppid … utime (12th) stime (13th).
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parentOf.set(Number(entry), Number(fields[1]));
      ticks.set(Number(entry), Number(fields[11]) + Number(fields[12]));
    } catch {
      // the process ended while being read
    }
  }
  const mine = new Set([process.pid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, ppid] of parentOf) {
      if (!mine.has(pid) && mine.has(ppid)) {
        mine.add(pid);
        grew = true;
      }
    }
  }
  mine.delete(process.pid);
  // Kernel clock ticks are 1/100 s on Linux.
  return [...mine].reduce((sum, pid) => sum + (ticks.get(pid) ?? 0) * 10, 0);
}
