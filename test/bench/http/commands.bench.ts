/*
 * The HTTP command bar: "≥ 1 000 HTTP commands/s at p99 < 100 ms; api and worker each under
 * 300 MB resident". Not part of `npm test`:
 *   npm run build && npm run bench:http
 *   BENCH_CONCURRENCY=32 BENCH_SECONDS=20 BENCH_WARMUP=3 BENCH_TENANTS=8 BENCH_YEARS=10
 *   BENCH_IDEMPOTENCY=1 BENCH_SCENARIOS=spread,one-tenant BENCH_KEEP=1 BENCH_VERBOSE=1
 *   BENCH_CPU_PROF=<dir> (profile the API's measured window) BENCH_API_NODE_ARGS="--max-old-space-size=200"
 * Migrates a scratch database, starts the real API and worker from dist/ as child processes,
 * sets up tenants and agencies over HTTP as the platform administrator, then runs keep-alive
 * clients sending realization reports (one appended event each): writers spread across tenants,
 * then all in one tenant.
 */
import { loadConfig } from '@jejak/config';
import { createPool, dropDatabase, ensureDatabase, runMigrations } from '@jejak/database';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Pool } from 'pg';
import { ALL_MIGRATIONS } from '../../../apps/api/src/migrations';
import { Child, freePort, memoryMb, startChild, waitFor } from './children';
import { JsonClient } from './http-client';
import { caughtUp, dropQueues, projectorLag, usageNow, usageSince, Usage } from './probes';
import { summarizeProfile } from './profile-summary';
import { PhaseResult, printPhase } from './report';
import { Ledger, LoadOptions, createLedgers, runLoad } from './workload';

const numberOf = (name: string, fallback: number): number => Number(process.env[name] ?? fallback);
const options: LoadOptions & { tenants: number; scenarios: string[] } = {
  concurrency: numberOf('BENCH_CONCURRENCY', 32),
  seconds: numberOf('BENCH_SECONDS', 20),
  warmupSeconds: numberOf('BENCH_WARMUP', 3),
  tenants: numberOf('BENCH_TENANTS', 8),
  years: Math.min(100, numberOf('BENCH_YEARS', 10)),
  idempotency: process.env.BENCH_IDEMPOTENCY !== '0',
  scenarios: (process.env.BENCH_SCENARIOS ?? 'spread,one-tenant').split(','),
};
const profileDir = process.env.BENCH_CPU_PROF;
const id = randomBytes(3).toString('hex');
const cleanups: (() => Promise<unknown>)[] = [];
const interrupted = new AbortController();

async function scenario(
  name: string,
  ledgers: Ledger[],
  ctx: { client: JsonClient; health: JsonClient; api: Child; worker: Child; owner: Pool; database: string },
): Promise<PhaseResult> {
  console.error(`Running ${name}: ${options.warmupSeconds} s warm-up, ${options.seconds} s measured…`);
  let before: Usage | undefined;
  const windowStart = setTimeout(() => {
    if (profileDir) ctx.api.process.send('cpu-profile');
    void usageNow(ctx.owner, ctx.database, ctx.api, ctx.worker).then((usage) => (before = usage));
  }, options.warmupSeconds * 1000);
  const load = await runLoad(ctx.client, ledgers, options, interrupted.signal);
  if (interrupted.signal.aborted) throw new Error('interrupted');
  clearTimeout(windowStart);
  const written = profileDir ? once(ctx.api.process, 'message') : undefined;
  if (profileDir) ctx.api.process.send('cpu-profile');
  const { cpu, db } = usageSince(before, await usageNow(ctx.owner, ctx.database, ctx.api, ctx.worker));
  const apiMb = memoryMb(ctx.api.process.pid);
  const workerMb = memoryMb(ctx.worker.process.pid);
  const lagAtEnd = await projectorLag(ctx.health);
  const catchUpSeconds = await caughtUp(ctx.health, ctx.worker);
  await written;
  return { name, load, apiMb, workerMb, cpu, db, lagAtEnd, catchUpSeconds };
}

async function run(): Promise<void> {
  const config = loadConfig();
  const url = new URL(config.databaseUrl);
  const database = `jejak_bench_http_${id}`;
  url.pathname = `/${database}`;
  const ownerUrl = url.toString();
  const queuePrefix = `bench-${id}`;
  await ensureDatabase(ownerUrl);
  cleanups.push(() => (process.env.BENCH_KEEP === '1' ? Promise.resolve() : dropDatabase(ownerUrl)));
  cleanups.push(() => dropQueues(config.redisUrl, queuePrefix));
  await runMigrations(ownerUrl, ALL_MIGRATIONS);
  const owner = createPool(ownerUrl, { max: 1 });
  cleanups.push(() => owner.end());
  console.error(`Benchmark database ${database}; ${JSON.stringify(options)}`);

  const port = await freePort();
  const env = { DATABASE_URL: ownerUrl, PORT: String(port), JEJAK_DEMO: '0', QUEUE_PREFIX: queuePrefix };
  const logLevel = process.env.BENCH_LOG_LEVEL ?? 'warn';
  const extra = (process.env.BENCH_API_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const profiler = [...extra, ...(profileDir ? ['-r', join(__dirname, 'cpu-profile.js')] : [])];
  const api = startChild(
    'api',
    'apps/api/src/main.js',
    { ...env, LOG_LEVEL: logLevel },
    profiler,
    !!profileDir,
  );
  const worker = startChild('worker', 'apps/worker/src/main.js', { ...env, LOG_LEVEL: logLevel });
  cleanups.push(() => Promise.all([api.stop(), worker.stop()]));
  const health = new JsonClient(port, 2);
  cleanups.push(async () => health.close());
  await waitFor(api, 'GET /health 200', async () => (await health.send('GET', '/health')).status === 200);

  const { accessToken } = await health.json<{ accessToken: string }>('POST', '/api/v1/auth/token', {
    email: config.adminEmail,
    password: config.adminPassword,
  });
  const client = new JsonClient(port, options.concurrency, accessToken);
  cleanups.push(async () => client.close());
  console.error('Creating tenants and agencies…');
  const plans: [string, Ledger[]][] = [];
  for (const name of options.scenarios) {
    if (name === 'spread') {
      const tenants = Array.from({ length: options.tenants }, (_, n) => `bench-${n + 1}`);
      const ledgers = await createLedgers(client, tenants, options.concurrency);
      plans.push([`Spread over ${options.tenants} tenants`, ledgers]);
    } else if (name === 'one-tenant') {
      plans.push(['One tenant', await createLedgers(client, ['bench-solo'], options.concurrency)]);
    } else throw new Error(`BENCH_SCENARIOS: "${name}" is neither spread nor one-tenant`);
  }
  await caughtUp(health, worker); // the worker is up and has projected the set-up
  const idle = [memoryMb(api.process.pid).rss, memoryMb(worker.process.pid).rss].map((mb) => mb.toFixed(1));

  const results: PhaseResult[] = [];
  const ctx = { client, health, api, worker, owner, database };
  for (const [name, ledgers] of plans) results.push(await scenario(name, ledgers, ctx));

  const idempotency = options.idempotency ? 'with' : 'without';
  console.log(
    `\nHTTP commands: ${options.concurrency} keep-alive clients, ${options.seconds} s after ${options.warmupSeconds} s warm-up, ` +
      `POST …/realizations/:year ${idempotency} Idempotency-Key, one event appended each`,
  );
  console.log(`RSS after start-up and set-up, before load: api ${idle[0]} MB, worker ${idle[1]} MB`);
  for (const result of results) printPhase(result);
  if (profileDir) {
    const file = join(profileDir, 'api-1.cpuprofile');
    console.log(`\nAPI CPU profile of the first scenario's window (${file}):\n`);
    console.log(summarizeProfile(JSON.parse(readFileSync(file, 'utf8'))));
  }
}

let cleaning: Promise<void> | undefined;
function cleanUp(): Promise<void> {
  cleaning ??= (async () => {
    for (const cleanup of cleanups.reverse()) await cleanup().catch((error) => console.error(error));
  })();
  return cleaning;
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.error(`\n${signal}: stopping the API and worker, dropping the database…`);
    interrupted.abort();
    void cleanUp().finally(() => process.exit(130));
  });
}

run()
  .catch((error) => {
    if (!interrupted.signal.aborted) console.error(error);
    process.exitCode = 1;
  })
  .finally(() => cleanUp());
