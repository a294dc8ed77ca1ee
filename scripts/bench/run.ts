/**
 * Run a command and measure it: wall time; CPU time (user + system of the command and every
 * child it waited for, from GNU time when /usr/bin/time exists), which a busy shared machine
 * disturbs less than wall time; and peak memory as the sum of the resident set sizes of the whole
 * process tree (Astro and Pagefind spawn children, so one process's maximum would undercount),
 * polled from /proc every 200 ms.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';

export interface RunResult {
  seconds: number;
  /** User + system CPU seconds, or undefined without /usr/bin/time. */
  cpuSeconds?: number;
  peakBytes: number;
  code: number;
  log: string;
  /** The machine's 1-minute load average at the start, its mean over the run (sampled every 200 ms) and at the end. */
  load: { start: number; mean: number; end: number };
}

const gnuTime = '/usr/bin/time';

/** Parent pid of every process on the machine, from /proc/<pid>/stat. */
function parents(): Map<number, number> {
  const map = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name sits in parentheses and may hold spaces: read the fields after it.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      map.set(Number(name), Number(fields[1]));
    } catch {
      // The process ended between readdir and read.
    }
  }
  return map;
}

function rssBytes(pid: number): number {
  try {
    const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Resident memory of `root` and all its descendants. */
export function treeRss(root: number): number {
  const map = parents();
  const tree = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, parent] of map) {
      if (!tree.has(pid) && tree.has(parent)) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  let total = 0;
  for (const pid of tree) total += rssBytes(pid);
  return total;
}

/** Run `command args` in `cwd` with extra env; output goes to `logFile`. */
export function measure(command: string, args: string[], options: { cwd: string; env?: Record<string, string>; logFile: string }): Promise<RunResult> {
  return new Promise((done, fail) => {
    const log = createWriteStream(options.logFile);
    const cpuFile = `${options.logFile}.cpu`;
    const timed = existsSync(gnuTime);
    if (timed) {
      args = ['-o', cpuFile, '-f', '%U %S', command, ...args];
      command = gnuTime;
    }
    const start = process.hrtime.bigint();
    const child = spawn(command, args, { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.pipe(log, { end: false });
    child.stderr.pipe(log, { end: false });
    let peak = 0;
    const loadStart = loadavg()[0]!;
    const loads: number[] = [loadStart];
    const poll = setInterval(() => {
      if (child.pid !== undefined) peak = Math.max(peak, treeRss(child.pid));
      loads.push(loadavg()[0]!);
    }, 200);
    child.on('error', (error) => {
      clearInterval(poll);
      fail(error);
    });
    child.on('close', (code) => {
      clearInterval(poll);
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      let cpuSeconds: number | undefined;
      if (timed && existsSync(cpuFile)) {
        // The last line holds "user system"; earlier lines may note a non-zero exit.
        const [user, system] = readFileSync(cpuFile, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
        if (Number.isFinite(user) && Number.isFinite(system)) cpuSeconds = user! + system!;
      }
      const load = { start: loadStart, mean: loads.reduce((sum, value) => sum + value, 0) / loads.length, end: loadavg()[0]! };
      log.end(() => done({ seconds, ...(cpuSeconds === undefined ? {} : { cpuSeconds }), peakBytes: peak, code: code ?? 1, log: options.logFile, load }));
    });
  });
}
