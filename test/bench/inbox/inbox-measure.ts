/*
 * Runs the inbox's queries exactly as the API does — the SQL of @jejak/workflow's inboxPageQuery,
 * inboxCountsQuery and historyPageQuery, as the app role, in a transaction bound to the token's
 * tenant for row-level security (SET_TENANT_SQL) — and times them.
 */
import type { HeldPost, PostRole } from '@jejak/access';
import { SET_TENANT_SQL } from '@jejak/database';
import {
  CallerKeys,
  InboxFilter,
  InboxSql,
  callerKeys,
  historyPageQuery,
  inboxCountsQuery,
  inboxPageQuery,
} from '@jejak/workflow';
import { Pool, PoolClient } from 'pg';

export interface Official {
  readonly tenantId: string;
  readonly account: string;
  readonly posts: readonly HeldPost[];
}

export interface Timing {
  /** The SELECT's round trip. */
  readonly query: number;
  /** BEGIN, the tenant setting, the SELECT, COMMIT: what the API's request pays. */
  readonly transaction: number;
}

const PAGE = 20;
const ms = (from: bigint): number => Number(process.hrtime.bigint() - from) / 1e6;
const today = (): string => new Date().toISOString().slice(0, 10);
const shift = (days: number): string => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

const APPROVER_ROLES = ['head-of-agency', 'secretary', 'head-of-unit', 'inspectorate'];

interface PostRow {
  readonly tenant_id: string;
  readonly post_id: string;
  readonly agency_id: string;
  readonly unit_id: string | null;
  readonly role: string;
}

/** Who samples the benchmark draws: any post, the approvers' posts, or the posts with more than a page waiting. */
export type Sample = 'any post' | 'approvers' | 'full inboxes' | 'fullest 50';

const SAMPLES: Record<Sample, string> = {
  'any post': 'SELECT * FROM posts ORDER BY random() LIMIT $1',
  approvers: `SELECT * FROM posts WHERE role = ANY('{${APPROVER_ROLES.join(',')}}') ORDER BY random() LIMIT $1`,
  'full inboxes': `
    SELECT p.* FROM (SELECT tenant_id, post FROM workflow_item_assignees GROUP BY 1, 2 HAVING count(*) > 20) f
    JOIN posts p ON p.tenant_id = f.tenant_id AND p.post_id = f.post ORDER BY random() LIMIT $1`,
  'fullest 50': `
    SELECT p.* FROM (SELECT tenant_id, post, count(*) AS n FROM workflow_item_assignees GROUP BY 1, 2) f
    JOIN posts p ON p.tenant_id = f.tenant_id AND p.post_id = f.post ORDER BY f.n DESC LIMIT least($1, 50)`,
};

/** `n` officials of a sample, each holding a post; every tenth also acts (Plt.) as a unit head of its agency. */
export async function sampleOfficials(owner: PoolClient, sample: Sample, n: number): Promise<Official[]> {
  const { rows } = await owner.query<PostRow>(SAMPLES[sample], [n]);
  return rows.map((row, i) => {
    const own: HeldPost = {
      post: row.post_id,
      role: row.role as PostRole,
      agency: row.agency_id,
      unit: row.unit_id ?? undefined,
    };
    const acting: HeldPost[] =
      i % 10 === 0 && row.agency_id !== 'inspektorat'
        ? [
            {
              post: `${row.agency_id}-u1-kabid`,
              role: 'head-of-unit',
              agency: row.agency_id,
              unit: `${row.agency_id}-u1`,
              acting: true,
              from: shift(-30),
              to: shift(30),
            },
          ]
        : [];
    return {
      tenantId: row.tenant_id,
      account: `acc-${row.tenant_id}-${row.post_id}`,
      posts: [own, ...acting],
    };
  });
}

export const keysOf = (official: Official): CallerKeys => callerKeys(official, undefined, today());

/** Runs one query as the API does, in a transaction bound to the tenant; answers rows and timings. */
export async function asApi<R>(
  app: PoolClient,
  tenantId: string,
  sql: InboxSql,
): Promise<{ rows: R[]; timing: Timing }> {
  const start = process.hrtime.bigint();
  await app.query('BEGIN');
  try {
    await app.query(SET_TENANT_SQL, [tenantId, 'off']);
    const queryStart = process.hrtime.bigint();
    const { rows } = await app.query(sql.text, sql.values);
    const query = ms(queryStart);
    await app.query('COMMIT');
    return { rows: rows as R[], timing: { query, transaction: ms(start) } };
  } catch (error) {
    await app.query('ROLLBACK');
    throw error;
  }
}

export const pageSql = (
  official: Official,
  filter: InboxFilter = {},
  after: { waitingSince: string; workflowId: string } | null = null,
) =>
  inboxPageQuery({
    tenantId: official.tenantId,
    keys: keysOf(official),
    filter,
    after,
    limit: PAGE + 1,
    now: new Date(),
  });

export const countsSql = (official: Official) =>
  inboxCountsQuery({ tenantId: official.tenantId, keys: keysOf(official), now: new Date() });

export const historySql = (official: Official) =>
  historyPageQuery({ tenantId: official.tenantId, account: official.account, after: null, limit: PAGE + 1 });

export interface Measured {
  readonly firstPage: Timing[];
  readonly filtered: Timing[];
  readonly nextPage: Timing[];
  readonly counts: Timing[];
  readonly history: Timing[];
  /** Open items per official (the counts' total). */
  readonly inboxSizes: number[];
}

interface PageRow {
  readonly workflow_id: string;
  readonly position: string;
}

/** Every query for the officials in turn, until each kind has `n` samples (a next page only where there is one). */
export async function measure(app: PoolClient, officials: readonly Official[], n: number): Promise<Measured> {
  const m: Measured = { firstPage: [], filtered: [], nextPage: [], counts: [], history: [], inboxSizes: [] };
  const enough = (timings: Timing[]) => timings.length >= n;
  for (let i = 0; !enough(m.firstPage) || (!enough(m.nextPage) && i < 20 * n); i++) {
    const official = officials[i % officials.length];
    const first = await asApi<PageRow>(app, official.tenantId, pageSql(official));
    if (first.rows.length > PAGE && !enough(m.nextPage)) {
      const last = first.rows[PAGE - 1];
      const after = { waitingSince: last.position, workflowId: last.workflow_id };
      m.nextPage.push((await asApi(app, official.tenantId, pageSql(official, {}, after))).timing);
    }
    if (enough(m.firstPage)) continue;
    m.firstPage.push(first.timing);
    const filter: InboxFilter =
      i % 2 === 0 ? { type: 'realization' } : { overdue: true, agency: official.posts[0].agency };
    m.filtered.push((await asApi(app, official.tenantId, pageSql(official, filter))).timing);
    const counts = await asApi<{ total: number }>(app, official.tenantId, countsSql(official));
    m.counts.push(counts.timing);
    if (i < officials.length) m.inboxSizes.push(counts.rows.reduce((sum, row) => sum + row.total, 0));
    m.history.push((await asApi(app, official.tenantId, historySql(official))).timing);
  }
  return m;
}

/** The plan PostgreSQL runs for an official's first page (and counts), executed, with buffers. */
export async function explain(app: PoolClient, official: Official, sql: InboxSql): Promise<string> {
  const plan = await asApi<{ 'QUERY PLAN': string }>(app, official.tenantId, {
    text: `EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${sql.text}`,
    values: sql.values,
  });
  return plan.rows.map((row) => row['QUERY PLAN']).join('\n');
}

export async function appClient(url: string): Promise<{ pool: Pool; client: PoolClient }> {
  const pool = new Pool({ connectionString: url, max: 1 });
  return { pool, client: await pool.connect() };
}
