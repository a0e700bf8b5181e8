import { LoadResult } from './workload';

/** What one scenario measured, besides the requests: memory, CPU and the projectors. */
export interface PhaseResult {
  readonly name: string;
  readonly load: LoadResult;
  readonly apiMb: { rss: number; peak: number };
  readonly workerMb: { rss: number; peak: number };
  /** CPU seconds spent during the measured window, per process group, and the machine's. */
  readonly cpu: Record<'client' | 'api' | 'worker' | 'postgres' | 'machine', number>;
  /** Transactions committed or rolled back in the scratch database (API, worker, /health) in the window. */
  readonly db: { transactions: number };
  /** The largest projector lag /health reported at the end, and the time the worker took to reach 0. */
  readonly lagAtEnd: number;
  readonly catchUpSeconds: number;
}

const BAR = { commandsPerSecond: 1000, p99Ms: 100, rssMb: 300 };

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

const fixed = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : '—');

export function summarize(result: PhaseResult) {
  const { load } = result;
  const ok = load.statuses.filter((s) => s >= 200 && s < 300).length;
  const errors = new Map<number, number>();
  for (const status of load.statuses) {
    if (status < 200 || status > 299) errors.set(status, (errors.get(status) ?? 0) + 1);
  }
  const sorted = [...load.ms].sort((a, b) => a - b);
  const [p50, p95, p99] = [50, 95, 99].map((p) => percentile(sorted, p));
  return { rate: ok / load.seconds, ok, errors, p50, p95, p99, max: sorted[sorted.length - 1] ?? NaN };
}

export function printPhase(result: PhaseResult): void {
  const s = summarize(result);
  const { cpu } = result;
  const perCommand = (seconds: number) => fixed((seconds / Math.max(1, s.ok)) * 1e6, 0);
  const percent = (seconds: number) => `${fixed((seconds / result.load.seconds) * 100, 0)} %`;
  const met = (ok: boolean) => (ok ? 'met' : 'NOT MET');
  const rows: [string, string][] = [
    [
      'commands/s (2xx)',
      `${fixed(s.rate)}   ≥ ${BAR.commandsPerSecond}: ${met(s.rate >= BAR.commandsPerSecond)}`,
    ],
    ['2xx in window', String(s.ok)],
    [
      'errors by status',
      s.errors.size ? [...s.errors].map(([k, v]) => `${k || 'network'}: ${v}`).join(', ') : 'none',
    ],
    ['latency p50 / p95 (ms)', `${fixed(s.p50)} / ${fixed(s.p95)}`],
    [
      'latency p99 / max (ms)',
      `${fixed(s.p99)} / ${fixed(s.max)}   p99 < ${BAR.p99Ms}: ${met(s.p99 < BAR.p99Ms)}`,
    ],
    [
      'api RSS end / peak (MB)',
      `${fixed(result.apiMb.rss)} / ${fixed(result.apiMb.peak)}   < ${BAR.rssMb}: ${met(result.apiMb.peak < BAR.rssMb)}`,
    ],
    [
      'worker RSS end / peak (MB)',
      `${fixed(result.workerMb.rss)} / ${fixed(result.workerMb.peak)}   < ${BAR.rssMb}: ${met(result.workerMb.peak < BAR.rssMb)}`,
    ],
    [
      'projector lag at end',
      `${result.lagAtEnd}${result.lagAtEnd >= 1000 ? '+ (capped)' : ''} events; 0 after ${fixed(result.catchUpSeconds)} s`,
    ],
    [
      'CPU s: api/pg/worker/client',
      [cpu.api, cpu.postgres, cpu.worker, cpu.client].map((c) => fixed(c)).join(' / '),
    ],
    ['CPU µs per command, same', [cpu.api, cpu.postgres, cpu.worker, cpu.client].map(perCommand).join(' / ')],
    ['DB transactions per command', `≈ ${fixed(result.db.transactions / Math.max(1, s.ok))} (api + worker)`],
    [
      'machine busy: all / not ours',
      `${percent(cpu.machine)} / ${percent(cpu.machine - cpu.api - cpu.postgres - cpu.worker - cpu.client)} of one core (kernel, neighbours)`,
    ],
    ['longest ledger stream at end', `${result.load.longestStream} events (folded per command)`],
  ];
  console.log(`\n${result.name}`);
  for (const [name, value] of rows) console.log(`  ${name.padEnd(34)}${value}`);
  for (const [status, body] of result.load.samples) console.log(`  sample ${status || 'network'}: ${body}`);
}
