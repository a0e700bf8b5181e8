import { readFileSync } from 'node:fs';
import { Pool } from 'pg';

/** CPU time in microseconds: this process's, and that of the server backends serving the bench. */
export interface CpuSample {
  readonly node: number;
  readonly server: ReadonlyMap<number, number>;
}

export interface CpuUse {
  readonly nodeMicros: number;
  readonly serverMicros: number;
}

/**
 * Measures what a run costs in CPU rather than in wall time, which a neighbour's load on a
 * shared machine distorts far less. Server CPU is read from /proc for every backend connected to
 * the bench database (PostgreSQL must run on this machine); background processes (WAL writer,
 * checkpointer) are not counted, for any system.
 */
export class CpuMeter {
  constructor(
    private readonly owner: Pool,
    private readonly database: string,
  ) {}

  async sample(): Promise<CpuSample> {
    const { rows } = await this.owner.query<{ pid: number }>(
      'SELECT pid FROM pg_stat_activity WHERE datname = $1',
      [this.database],
    );
    const usage = process.cpuUsage();
    return {
      node: usage.user + usage.system,
      server: new Map(rows.map(({ pid }) => [pid, backendMicros(pid)])),
    };
  }

  static since(start: CpuSample, end: CpuSample): CpuUse {
    let serverMicros = 0;
    for (const [pid, micros] of end.server) serverMicros += micros - (start.server.get(pid) ?? 0);
    return { nodeMicros: end.node - start.node, serverMicros };
  }
}

/** utime + stime of a process, in microseconds (0 once it has exited). */
function backendMicros(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * (1e6 / 100);
  } catch {
    return 0;
  }
}
