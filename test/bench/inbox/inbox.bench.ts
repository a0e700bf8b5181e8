/*
 * The inbox's speed bar (issue 4): on 1,000,000 open workflow items across Indonesia's 552
 * governments, the inbox page of a random official answers in p95 < 20 ms. Not part of `npm test`:
 *   npm run build && npm run bench:inbox
 *   BENCH_ITEMS=1000000 BENCH_QUERIES=1000 BENCH_OFFICIALS=2000 BENCH_KEEP=1 (keep the database)
 * Loads a scratch database migrated with every migration, as the owner; measures as the app
 * role under row-level security, once after ANALYZE and once more after VACUUM (the visibility
 * map autovacuum would have set, for index-only scans).
 */
import { loadConfig, withRole } from '@jejak/config';
import { createPool, dropDatabase, ensureDatabase, runMigrations } from '@jejak/database';
import { randomBytes } from 'node:crypto';
import { ALL_MIGRATIONS } from '../../../apps/api/src/migrations';
import { loadInbox } from './inbox-load';
import {
  Sample,
  Official,
  appClient,
  countsSql,
  explain,
  measure,
  pageSql,
  sampleOfficials,
} from './inbox-measure';
import { printMeasured } from './inbox-report';
import { benchTenants } from './inbox-tenants';

const numberOf = (name: string, fallback: number): number => Number(process.env[name] ?? fallback);
const options = {
  items: numberOf('BENCH_ITEMS', 1_000_000),
  queries: numberOf('BENCH_QUERIES', 1000),
  officials: numberOf('BENCH_OFFICIALS', 2000),
};

async function run(): Promise<void> {
  const config = loadConfig();
  const url = new URL(config.databaseUrl);
  url.pathname = `/jejak_bench_inbox_${randomBytes(3).toString('hex')}`;
  const ownerUrl = url.toString();
  const appUrl = withRole(ownerUrl, config.appDatabaseRole, process.env.APP_DATABASE_PASSWORD);
  await ensureDatabase(ownerUrl);
  console.error(`Benchmark database ${url.pathname.slice(1)}; ${JSON.stringify(options)}`);
  const ownerPool = createPool(ownerUrl, { max: 1 });
  const owner = await ownerPool.connect();
  const app = await appClient(appUrl);
  try {
    await runMigrations(ownerUrl, ALL_MIGRATIONS);
    const tenants = benchTenants(options.items);
    console.error('Loading…');
    const load = await loadInbox(owner, tenants);
    const sizes = await owner.query(
      `SELECT (SELECT count(*) FROM workflow_items)::int AS items, (SELECT count(*) FROM workflow_item_assignees)::int AS assignees,
              (SELECT count(*) FROM workflow_actions)::int AS actions, (SELECT count(*) FROM posts)::int AS posts`,
    );
    console.log(
      `\nLoaded ${JSON.stringify(sizes.rows[0])} for ${tenants.length} tenants in ${JSON.stringify(load)} s`,
    );
    const samples: Sample[] = ['any post', 'approvers', 'full inboxes', 'fullest 50'];
    const officials = new Map<Sample, Official[]>();
    for (const sample of samples)
      officials.set(sample, await sampleOfficials(owner, sample, options.officials));
    for (const phase of ['after ANALYZE', 'after VACUUM']) {
      if (phase === 'after VACUUM')
        await owner.query('VACUUM ANALYZE workflow_items, workflow_item_assignees, workflow_actions');
      for (const sample of samples) {
        console.error(`Measuring ${sample}, ${phase}…`);
        printMeasured(
          `${sample}, ${phase}`,
          await measure(app.client, officials.get(sample)!, options.queries),
        );
      }
    }
    const typical = officials.get('full inboxes')![0];
    const fullest = officials.get('fullest 50')![0];
    for (const official of [typical, fullest]) {
      const who = `${official.posts.map((p) => p.post).join(' + ')} (${official.tenantId})`;
      console.log(`\nEXPLAIN ANALYZE, inbox first page of ${who}\n`);
      console.log(await explain(app.client, official, pageSql(official)));
      console.log(`\nEXPLAIN ANALYZE, counts of ${who}\n`);
      console.log(await explain(app.client, official, countsSql(official)));
    }
  } finally {
    app.client.release();
    await app.pool.end();
    owner.release();
    await ownerPool.end();
    if (process.env.BENCH_KEEP !== '1') await dropDatabase(ownerUrl);
  }
}

run().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
