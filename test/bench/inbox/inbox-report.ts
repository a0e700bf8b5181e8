import { Measured, Timing } from './inbox-measure';

const BAR_MS = 20;

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

const pad = (value: unknown, width: number): string => String(value).padStart(width);
const f = (value: number): string => value.toFixed(2);

function line(name: string, timings: readonly Timing[], field: keyof Timing): string {
  const sorted = timings.map((t) => t[field]).sort((a, b) => a - b);
  if (sorted.length === 0) return `${name.padEnd(48)}${pad(0, 7)}   (no sample)`;
  const [p50, p95, p99] = [50, 95, 99].map((p) => percentile(sorted, p));
  const verdict = p95 < BAR_MS ? 'p95 < 20 ms: met' : 'p95 < 20 ms: NOT MET';
  return `${name.padEnd(48)}${pad(sorted.length, 7)}${pad(f(p50), 9)}${pad(f(p95), 9)}${pad(f(p99), 9)}${pad(f(sorted[sorted.length - 1]), 9)}   ${verdict}`;
}

export function printMeasured(phase: string, m: Measured): void {
  const sizes = [...m.inboxSizes].sort((a, b) => a - b);
  console.log(
    `\nInbox latency ${phase} (ms; ${sizes.length} officials, open items each: p50 ${percentile(sizes, 50)}, ` +
      `p95 ${percentile(sizes, 95)}, max ${sizes[sizes.length - 1]})\n`,
  );
  console.log(
    `${'query'.padEnd(48)}${pad('n', 7)}${pad('p50', 9)}${pad('p95', 9)}${pad('p99', 9)}${pad('max', 9)}`,
  );
  const rows: [string, readonly Timing[]][] = [
    ['inbox, first page (20)', m.firstPage],
    ['inbox, filtered (type / overdue)', m.filtered],
    ['inbox, next page (cursor)', m.nextPage],
    ['counts per type', m.counts],
    ['history, first page', m.history],
  ];
  for (const [name, timings] of rows) console.log(line(`${name}, SELECT`, timings, 'query'));
  for (const [name, timings] of rows) console.log(line(`${name}, transaction`, timings, 'transaction'));
}
