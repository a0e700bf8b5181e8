/*
 * Append and global-read throughput of the PostgreSQL event store against a plain INSERT and
 * Emmett's PostgreSQL store, on a scratch database of its own. Not part of `npm test`:
 *   npm run build && npm run bench:append
 *   BENCH_EVENTS=20000 BENCH_WRITERS=8 BENCH_BATCH=10 BENCH_SINGLE_EVENTS=2000 BENCH_READ_BATCH=5000
 *   BENCH_ROUNDS=3
 * Scenarios run interleaved, round after round, and each reports its median round: the
 * machine is shared, and a neighbour's burst should not decide a ratio. Each system keeps one
 * warm pool (as many connections as writers) for all its rounds, so no run pays a cold start.
 * "(ref.) INSERT, events-shaped" is not a contender: the bare INSERT into a table with the
 * events table's keys and indexes, i.e. what the table's shape costs before the store's own work.
 */
import { createPool } from '@jejak/database';
import { benchDatabase } from './bench-database';
import { CpuMeter } from './cpu-meter';
import {
  Appender,
  WriteShape,
  countRows,
  emmettAppender,
  jejakAppender,
  plainAppender,
  readAllEmmett,
  readAllJejak,
} from './scenarios';
import { BenchOptions, RunResult, benchOptions, rate } from './workload';
import { Measured, printReport } from './report';

async function measure(options: BenchOptions): Promise<Measured> {
  const db = await benchDatabase();
  const owner = createPool(db.ownerUrl, { max: 1 });
  const meter = new CpuMeter(owner, new URL(db.ownerUrl).pathname.slice(1));
  console.error(`Benchmark database ${new URL(db.ownerUrl).pathname.slice(1)}; ${JSON.stringify(options)}`);
  const appenders: Appender[] = [];
  const open = async (appender: Appender | Promise<Appender>): Promise<Appender> => {
    appenders.push(await appender);
    return appenders[appenders.length - 1];
  };
  try {
    const many: WriteShape = { events: options.events, writers: options.writers, batch: options.batch };
    const single: WriteShape = { events: options.singleWriterEvents, writers: 1, batch: 1 };
    // Every system gets the same writers, batches and events, and a pool of as many connections,
    // opened once and kept for all its rounds.
    const scenarios: [string, WriteShape, Appender][] = [
      ['plain INSERT, bare table', many, await open(plainAppender(db, many.writers))],
      ['Jejak, a tenant per writer', many, await open(jejakAppender(db, many.writers, false))],
      ['Jejak, one tenant', many, await open(jejakAppender(db, many.writers, true))],
      ['Emmett PostgreSQL', many, await open(emmettAppender(db, many.writers))],
      ['(ref.) INSERT, events-shaped', many, await open(plainAppender(db, many.writers, 'events_shaped'))],
      ['plain INSERT, bare table', single, await open(plainAppender(db, single.writers))],
      ['Jejak, a tenant per writer', single, await open(jejakAppender(db, single.writers, false))],
      ['Emmett PostgreSQL', single, await open(emmettAppender(db, single.writers))],
    ];
    // A warm-up run each (connections opened, statements prepared, caches filled), not measured.
    for (const [, shape, appender] of scenarios)
      await appender.run({
        ...shape,
        events: Math.max(shape.writers * shape.batch * 4, Math.ceil(shape.events / 10)),
      });
    const runs: RunResult[][] = scenarios.map(() => []);
    for (let round = 1; round <= options.rounds; round++) {
      for (const [n, [name, shape, appender]] of scenarios.entries()) {
        runs[n].push(await appender.run({ ...shape, meter }));
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
    for (const appender of appenders.splice(0)) await appender.close();
    const reads = {
      jejak: await readAllJejak(db, options.readBatch, await countRows(db, 'events')),
      emmett: await readAllEmmett(db, options.readBatch, await countRows(db, 'emt_messages')),
    };
    return { rows, reads };
  } finally {
    for (const appender of appenders) await appender.close().catch(() => undefined);
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
