import { ReadResult, WriteShape } from './scenarios';
import { BenchOptions, RunResult, rate } from './workload';

export interface Measured {
  readonly rows: {
    readonly name: string;
    readonly shape: WriteShape;
    /** The median round. */
    readonly result: RunResult;
    readonly runs: readonly RunResult[];
  }[];
  readonly reads: { readonly jejak: ReadResult; readonly emmett: ReadResult };
}

const pad = (value: unknown, width: number): string => String(value).padStart(width);

/** CPU per event over all rounds (the median round alone would be as noisy as its wall time). */
function cpuPerEvent(runs: readonly RunResult[], of: 'nodeMicros' | 'serverMicros'): string {
  const measured = runs.filter((run) => run.cpu);
  if (measured.length === 0) return '';
  const micros = measured.reduce((sum, run) => sum + (run.cpu?.[of] ?? 0), 0);
  return (micros / measured.reduce((sum, run) => sum + run.events, 0)).toFixed(1);
}

/** Ratios of runs of the same round (neighbours in time), then their median: steadier on a shared machine. */
function medianRatio(a: readonly RunResult[], b: readonly RunResult[]): string {
  const ratios = a.map((run, n) => rate(run) / rate(b[n])).sort((x, y) => x - y);
  return ratios[Math.floor(ratios.length / 2)].toFixed(2);
}

export function printReport({ rows, reads }: Measured, options: BenchOptions): void {
  const find = (name: string, writers: number) =>
    rows.find((r) => r.name.startsWith(name) && r.shape.writers === writers);
  console.log(
    `\nAppend throughput, median of ${options.rounds} round(s) (events/s), and CPU per event over all rounds\n`,
  );
  console.log(
    `${'scenario'.padEnd(30)}${pad('writers', 8)}${pad('batch', 6)}${pad('events', 8)}${pad('seconds', 9)}` +
      `${pad('events/s', 10)}${pad('× plain', 9)}${pad('node µs/ev', 12)}${pad('PG µs/ev', 10)}`,
  );
  for (const row of rows) {
    const plain = find('plain', row.shape.writers);
    const ratio = plain ? (rate(row.result) / rate(plain.result)).toFixed(2) : '';
    console.log(
      `${row.name.padEnd(30)}${pad(row.shape.writers, 8)}${pad(row.shape.batch, 6)}${pad(row.result.events, 8)}` +
        `${pad(row.result.seconds.toFixed(2), 9)}${pad(Math.round(rate(row.result)), 10)}${pad(ratio, 9)}` +
        `${pad(cpuPerEvent(row.runs, 'nodeMicros'), 12)}${pad(cpuPerEvent(row.runs, 'serverMicros'), 10)}`,
    );
  }
  const ratios: [string, number][] = [
    ['Jejak, a tenant', options.writers],
    ['Jejak, one tenant', options.writers],
    ['Jejak, a tenant', 1],
  ];
  console.log('');
  for (const [name, writers] of ratios) {
    const [jejak, plain, emmett] = [name, 'plain', 'Emmett'].map((n) => find(n, writers));
    if (!jejak || !plain || !emmett) continue;
    console.log(
      `${jejak.name}, ${writers} writer(s), median of per-round ratios: ` +
        `Jejak/plain = ${medianRatio(jejak.runs, plain.runs)}, Jejak/Emmett = ${medianRatio(jejak.runs, emmett.runs)}`,
    );
  }
  const [shaped, plain] = ['(ref.)', 'plain'].map((n) => find(n, options.writers));
  if (shaped && plain) {
    console.log(
      `(ref.) the events table's shape alone, ${options.writers} writer(s), median of per-round ratios: ` +
        `events-shaped INSERT/plain = ${medianRatio(shaped.runs, plain.runs)}`,
    );
  }
  console.log(`\nThe whole log in global order, in batches of ${options.readBatch}\n`);
  for (const [name, read] of [
    ['Jejak readAll', reads.jejak],
    ['Emmett readMessagesBatch', reads.emmett],
  ] as const) {
    const once = read.events === read.stored && read.distinct === read.stored && read.ordered !== false;
    console.log(
      `${name.padEnd(26)}${pad(read.events, 8)} events${pad(read.seconds.toFixed(2), 7)} s${pad(Math.round(rate(read)), 8)} events/s` +
        `   ${read.distinct} distinct of ${read.stored} stored${read.ordered === undefined ? '' : read.ordered ? ', in order' : ', OUT OF ORDER'}` +
        ` — ${once ? 'each exactly once' : 'NOT each exactly once'}`,
    );
  }
}
