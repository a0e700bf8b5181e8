/*
 * Append and global-read throughput of the PostgreSQL event store against a plain INSERT and
 * Emmett's PostgreSQL store, on a scratch database of its own. Not part of `npm test`:
 *   npm run build && npm run bench:append
 *   BENCH_EVENTS=20000 BENCH_WRITERS=8 BENCH_BATCH=10 BENCH_SINGLE_EVENTS=2000 BENCH_READ_BATCH=5000
 *   BENCH_ROUNDS=3
 * Scenarios run interleaved, round after round, and each reports its median round: the
 * machine is shared, and a neighbour's burst should not decide a ratio.
 */
import { createPool } from '@jejak/database';
import { benchDatabase } from './bench-database';
import { CpuMeter } from './cpu-meter';
import {
  WriteShape,
  appendEmmett,
  appendJejak,
  appendPlain,
  countRows,
  readAllEmmett,
  readAllJejak,
} from './scenarios';
import { BenchOptions, RunResult, benchOptions, rate } from './workload';
import { Measured, printReport } from './report';

type Append = (shape: WriteShape) => Promise<RunResult>;

async function measure(options: BenchOptions): Promise<Measured> {
  const db = await benchDatabase();
  const owner = createPool(db.ownerUrl, { max: 1 });
  const meter = new CpuMeter(owner, new URL(db.ownerUrl).pathname.slice(1));
  console.error(`Benchmark database ${new URL(db.ownerUrl).pathname.slice(1)}; ${JSON.stringify(options)}`);
  try {
    const many: WriteShape = { events: options.events, writers: options.writers, batch: options.batch };
    const single: WriteShape = { events: options.singleWriterEvents, writers: 1, batch: 1 };
    const scenarios: [string, WriteShape, Append][] = [
      ['plain INSERT, bare table', many, (s) => appendPlain(db, s)],
      ['Jejak, a tenant per writer', many, (s) => appendJejak(db, s, false)],
      ['Jejak, one tenant', many, (s) => appendJejak(db, s, true)],
      ['Emmett PostgreSQL', many, (s) => appendEmmett(db, s)],
      ['plain INSERT, bare table', single, (s) => appendPlain(db, s)],
      ['Jejak, a tenant per writer', single, (s) => appendJejak(db, s, false)],
      ['Emmett PostgreSQL', single, (s) => appendEmmett(db, s)],
    ];
    for (const [, shape, append] of scenarios)
      await append({ ...shape, events: Math.ceil(shape.events / 10) });
    const runs: RunResult[][] = scenarios.map(() => []);
    for (let round = 1; round <= options.rounds; round++) {
      for (const [n, [name, shape, append]] of scenarios.entries()) {
        runs[n].push(await append({ ...shape, meter }));
        console.error(
          `  round ${round}: ${name}, ${shape.writers}×${shape.batch}: ${Math.round(rate(runs[n][round - 1]))} events/s`,
        );
      }
    }
    const rows = scenarios.map(([name, shape], n) => ({
      name,
      shape,
      result: median(runs[n]),
      runs: runs[n],
    }));
    const reads = {
      jejak: await readAllJejak(db, options.readBatch, await countRows(db, 'events')),
      emmett: await readAllEmmett(db, options.readBatch, await countRows(db, 'emt_messages')),
    };
    return { rows, reads };
  } finally {
    await owner.end();
    await db.drop();
  }
}

function median(results: RunResult[]): RunResult {
  return [...results].sort((a, b) => rate(a) - rate(b))[Math.floor(results.length / 2)];
}

measure(benchOptions())
  .then((measured) => printReport(measured, benchOptions()))
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
