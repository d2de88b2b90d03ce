import { readdirSync, readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

/**
 * CPU seconds used so far by every process with this command name (redis-server, postgres), from /proc. The
 * servers are shared, so the figure includes anyone else using them meanwhile; 0 where /proc does not exist.
 */
export function serverCpuSeconds(command: string, cmdlineContains = ''): number {
  let ticks = 0;
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return 0;
  }
  for (const pid of pids) {
    try {
      if (readFileSync(`/proc/${pid}/comm`, 'utf8').trim() !== command) continue;
      // redis-server shows its address in its command line: count only the server the bench uses
      if (cmdlineContains && !readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(cmdlineContains)) continue;
      // fields after the parenthesized command: state is field 3, utime 14, stime 15
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      continue; // the process ended meanwhile
    }
  }
  return ticks / TICKS_PER_SECOND;
}
