/*
 * The command workload: each client owns one agency (its own realization ledgers, so clients
 * never race on a stream's revision) and reports realizations, every request a distinct
 * (indicator, period, year), so every command appends one RealizationReported event. The
 * realization command needs no plan: the indicator code is the request's (synthetic `K<n>`);
 * the agency must exist (tenancy's stream is read on every command).
 */
import { randomUUID } from 'node:crypto';
import { JsonClient } from './http-client';

const PERIODS = ['Q1', 'Q2', 'Q3', 'Q4', 'FY'];
const FIRST_YEAR = 2001;

export interface Ledger {
  readonly tenant: string;
  readonly agency: string;
}

export interface LoadOptions {
  readonly concurrency: number;
  readonly warmupSeconds: number;
  readonly seconds: number;
  /** Fiscal years a client rotates through (one stream each): a stream holds requests / years events. */
  readonly years: number;
  /** Send an `Idempotency-Key` with each command (a fresh one: no replay). */
  readonly idempotency: boolean;
}

export interface LoadResult {
  /** Latencies (ms) of the requests that ended in the measured window, and their statuses. */
  readonly ms: number[];
  readonly statuses: number[];
  readonly seconds: number;
  /** One response body per failing status, for the report. */
  readonly samples: Map<number, string>;
  /** Events in the longest ledger stream at the end (each command folds its stream first). */
  readonly longestStream: number;
}

/** Creates the tenants and, in each, the agencies the clients will write to: `ledgers` of them. */
export async function createLedgers(
  admin: JsonClient,
  tenants: string[],
  ledgers: number,
): Promise<Ledger[]> {
  const result: Ledger[] = [];
  for (const tenant of tenants) {
    await admin.json('POST', '/api/v1/tenants', { code: tenant, name: `Bench ${tenant}`, kind: 'kota' });
  }
  for (let n = 0; n < ledgers; n++) {
    const tenant = tenants[n % tenants.length];
    const agency = `dinas-${Math.floor(n / tenants.length) + 1}`;
    await admin.json('POST', `/api/v1/tenants/${tenant}/agencies`, { code: agency, name: `Dinas ${agency}` });
    result.push({ tenant, agency });
  }
  return result;
}

function command(ledger: Ledger, n: number, years: number): { path: string; body: string } {
  const period = PERIODS[n % PERIODS.length];
  const m = Math.floor(n / PERIODS.length);
  const year = FIRST_YEAR + (m % years);
  const indicator = `K${Math.floor(m / years)}`;
  return {
    path: `/api/v1/tenants/${ledger.tenant}/agencies/${ledger.agency}/realizations/${year}`,
    body: JSON.stringify({ indicator, period, value: (n % 1000) / 10, source: 'bench' }),
  };
}

/** `concurrency` clients, one ledger each, sending back to back until warm-up + measured time is over. */
export async function runLoad(
  client: JsonClient,
  ledgers: Ledger[],
  options: LoadOptions,
  signal?: AbortSignal,
): Promise<LoadResult> {
  const began = performance.now();
  const from = began + options.warmupSeconds * 1000;
  const until = from + options.seconds * 1000;
  const ms: number[] = [];
  const statuses: number[] = [];
  const samples = new Map<number, string>();
  const sent: number[] = [];
  const runClient = async (ledger: Ledger, index: number) => {
    let n = 0;
    while (performance.now() < until && !signal?.aborted) {
      const { path, body } = command(ledger, n++, options.years);
      const headers: Record<string, string> = options.idempotency ? { 'idempotency-key': randomUUID() } : {};
      const reply = await client.send('POST', path, body, headers);
      const now = performance.now();
      if (now >= from && now <= until) {
        ms.push(reply.ms);
        statuses.push(reply.status);
      }
      if ((reply.status < 200 || reply.status > 299) && !samples.has(reply.status)) {
        samples.set(reply.status, reply.body.slice(0, 300));
      }
    }
    sent[index] = n;
  };
  await Promise.all(ledgers.map((ledger, index) => runClient(ledger, index)));
  return {
    ms,
    statuses,
    seconds: options.seconds,
    samples,
    longestStream: Math.ceil(Math.max(...sent) / options.years),
  };
}
