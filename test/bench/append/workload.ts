import { randomUUID } from 'node:crypto';
import { NewEvent } from '@jejak/eventstore';
import { CpuMeter, CpuUse } from './cpu-meter';

export interface BenchOptions {
  readonly events: number;
  readonly writers: number;
  readonly batch: number;
  readonly singleWriterEvents: number;
  readonly readBatch: number;
  readonly rounds: number;
}

export function benchOptions(env: NodeJS.ProcessEnv = process.env): BenchOptions {
  const events = Number(env.BENCH_EVENTS || 20000);
  return {
    events,
    writers: Number(env.BENCH_WRITERS || 8),
    batch: Number(env.BENCH_BATCH || 10),
    singleWriterEvents: Number(env.BENCH_SINGLE_EVENTS || Math.min(events, 2000)),
    readBatch: Number(env.BENCH_READ_BATCH || 5000),
    rounds: Number(env.BENCH_ROUNDS || 3),
  };
}

/** What one writer does with one batch: `writer` is its number, `streamKey` names the stream. */
export type WriteBatch = (writer: number, streamKey: string, events: NewEvent[]) => Promise<void>;

export interface RunResult {
  readonly events: number;
  readonly seconds: number;
  readonly cpu?: CpuUse;
}

export const rate = (r: RunResult): number => r.events / r.seconds;

/** A realistic event: a realization report with the metadata every Jejak event carries. */
export function benchEvent(tenantId: string, n: number): NewEvent {
  const id = randomUUID();
  return {
    id,
    type: 'RealizationReported',
    data: {
      indicator: `IKU-${n % 7}.${n % 3}`,
      period: '2024-Q2',
      value: String(80 + (n % 20)),
      unit: '%',
      note: 'Sesuai laporan unit',
    },
    metadata: {
      tenantId,
      schemaVersion: 1,
      actor: { account: 'acc-17', post: 'kepala-bidang-program' },
      correlationId: id,
      causationId: id,
      occurredAt: new Date().toISOString(),
      source: 'api',
    },
  };
}

/**
 * `writers` concurrent loops share `events` events in batches of `batch`; each writer appends
 * about 100 events to a stream before moving to its next one (streams stay small, as in Jejak).
 */
export async function runWriters(
  options: { events: number; writers: number; batch: number; meter?: CpuMeter },
  tenantOf: (writer: number) => string,
  write: WriteBatch,
): Promise<RunResult> {
  const cpuBefore = await options.meter?.sample();
  const batches = Math.ceil(options.events / options.batch);
  const perStream = Math.max(1, Math.floor(100 / options.batch));
  let next = 0;
  let written = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: options.writers }, async (_, writer) => {
      for (let done = 0; next < batches; done++) {
        next++;
        const tenant = tenantOf(writer);
        const events = Array.from({ length: options.batch }, (_, n) => benchEvent(tenant, written + n));
        written += events.length;
        await write(writer, `w${writer}-${Math.floor(done / perStream)}`, events);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  // Sampled before the caller closes its pool: a backend's CPU is readable only while it lives.
  const cpuAfter = await options.meter?.sample();
  const cpu = cpuBefore && cpuAfter ? CpuMeter.since(cpuBefore, cpuAfter) : undefined;
  return { events: written, seconds, cpu };
}
