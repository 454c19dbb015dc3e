/** What the benchmark ran on: machine, operating system, Node, and the load while it ran. */
import { readFileSync } from 'node:fs';
import { cpus, freemem, loadavg, release, totalmem, type as osType } from 'node:os';

export interface Machine {
  cpu: string;
  cores: number;
  memory: string;
  os: string;
  node: string;
  /** 1-minute load average at the start. */
  load: number;
}

function cpuModel(): string {
  try {
    const m = readFileSync('/proc/cpuinfo', 'utf8').match(/^model name\s*:\s*(.+)$/m);
    if (m) return m[1].trim();
  } catch {
    // not Linux
  }
  return cpus()[0]?.model ?? 'unknown CPU';
}

function osName(): string {
  try {
    const m = readFileSync('/etc/os-release', 'utf8').match(/^PRETTY_NAME="?([^"\n]+)"?$/m);
    if (m) return `${m[1]} (${osType()} ${release()})`;
  } catch {
    // not Linux
  }
  return `${osType()} ${release()}`;
}

export function machine(): Machine {
  return {
    cpu: cpuModel(),
    cores: cpus().length,
    memory: `${(totalmem() / 2 ** 30).toFixed(1)} GB (${(freemem() / 2 ** 30).toFixed(1)} GB free)`,
    os: osName(),
    node: process.version,
    load: loadavg()[0],
  };
}

export const load = () => loadavg()[0];
