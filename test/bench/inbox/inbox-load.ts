/*
 * Bulk-loads the inbox's tables as the owner (INSERT … SELECT over generate_series, no per-row
 * round trip): tenancy's posts, the open workflow items with their assignee rows, and the
 * history's actions. Every item is open — the worst case for the inbox index; closed items would
 * only sit in workflow_items and workflow_actions.
 */
import { PoolClient } from 'pg';
import { BenchTenant, UNITS_PER_AGENCY } from './inbox-tenants';

const realizationChain = JSON.stringify([
  {
    name: 'Verifikasi kepala sub bagian / kepala bidang',
    assignees: [{ role: 'head-of-unit', scope: 'unit' }],
    dueInSeconds: 259200,
  },
  {
    name: 'Verifikasi sekretaris',
    assignees: [{ role: 'secretary', scope: 'agency' }],
    dueInSeconds: 259200,
  },
]);

/** Posts of every agency: head, secretary, planner, and per unit a head and two staff; one inspector per tenant. */
const POSTS_SQL = `
  INSERT INTO posts (tenant_id, post_id, title, agency_id, unit_id, role, superior_post_id, created_at, revision)
  SELECT t.tenant_id, p.post_id, p.post_id, p.agency_id, p.unit_id, p.role, p.superior, now(), 0
  FROM bench_tenants t
  CROSS JOIN LATERAL (
    SELECT 'a' || a || '-kepala' AS post_id, 'a' || a AS agency_id, NULL::text AS unit_id,
           'head-of-agency' AS role, NULL::text AS superior
    FROM generate_series(1, t.agencies) a
    UNION ALL SELECT 'a' || a || '-sekretaris', 'a' || a, 'a' || a || '-sekretariat', 'secretary', 'a' || a || '-kepala'
    FROM generate_series(1, t.agencies) a
    UNION ALL SELECT 'a' || a || '-perencana', 'a' || a, 'a' || a || '-sekretariat', 'planner', 'a' || a || '-sekretaris'
    FROM generate_series(1, t.agencies) a
    UNION ALL SELECT 'a' || a || '-u' || u || '-kabid', 'a' || a, 'a' || a || '-u' || u, 'head-of-unit', 'a' || a || '-kepala'
    FROM generate_series(1, t.agencies) a, generate_series(1, ${UNITS_PER_AGENCY}) u
    UNION ALL SELECT 'a' || a || '-u' || u || '-staf' || s, 'a' || a, 'a' || a || '-u' || u, 'staff', 'a' || a || '-u' || u || '-kabid'
    FROM generate_series(1, t.agencies) a, generate_series(1, ${UNITS_PER_AGENCY}) u, generate_series(1, 2) s
    UNION ALL SELECT 'inspektur', 'inspektorat', NULL, 'inspectorate', NULL
  ) p`;

/**
 * One row per item: its type (realizations most), agency and unit, the step it waits on (5 %
 * returned to the drafter), the post the step resolves to (2 % of unit steps on a role
 * pseudo-post: a unit without a head yet), and when it began to wait (the last 20 days,
 * most recent most often). Chains as DEFAULT_CHAINS of libs/workflow.
 */
const GENERATE_SQL = `
  CREATE TEMP TABLE bench_gen AS
  WITH raw AS (
    SELECT t.tenant_id, g, 'a' || (1 + floor(random() * t.agencies)::int) AS agency,
           1 + floor(random() * ${UNITS_PER_AGENCY})::int AS un, random() AS d, random() AS s, random() AS r, random() AS p,
           date_trunc('milliseconds', now() - (random() ^ 2) * interval '20 days') AS waiting_since
    FROM bench_tenants t, generate_series(1, t.items) g
  ), typed AS (
    SELECT *, agency || '-u' || un AS unit,
           CASE WHEN d < 0.55 THEN 'realization' WHEN d < 0.65 THEN 'agreement'
                WHEN d < 0.70 THEN 'agreement-amendment' WHEN d < 0.85 THEN 'follow-up' ELSE 'lkjip' END AS document_type
    FROM raw
  ), chained AS (
    SELECT *, CASE document_type
                WHEN 'realization' THEN ARRAY[unit || '-kabid', agency || '-sekretaris']
                WHEN 'follow-up' THEN ARRAY[agency || '-sekretaris', 'inspektur']
                WHEN 'lkjip' THEN ARRAY[agency || '-sekretaris', agency || '-kepala', 'inspektur']
                ELSE ARRAY[agency || '-kepala'] END AS chain_posts,
              CASE document_type
                WHEN 'realization' THEN unit || '-staf' || (1 + floor(p * 2)::int)
                WHEN 'follow-up' THEN unit || '-kabid'
                WHEN 'agreement-amendment' THEN agency || '-sekretaris'
                ELSE agency || '-perencana' END AS drafter_post,
              r < 0.05 AS returned
    FROM typed
  )
  SELECT tenant_id, 'wf-' || lpad(g::text, 7, '0') AS workflow_id, document_type, agency, unit, returned,
         chain_posts, drafter_post, 'acc-' || tenant_id || '-' || drafter_post AS drafter_account,
         CASE WHEN returned THEN NULL ELSE floor(s * array_length(chain_posts, 1))::int END AS step,
         waiting_since, waiting_since - (p * interval '10 days') AS submitted_at,
         initcap(replace(document_type, '-', ' ')) || ' 2024 ' || unit AS title, p
  FROM chained`;

const ITEMS_SQL = `
  INSERT INTO workflow_items (tenant_id, workflow_id, document_type, agency, unit, title, status, current_step,
    step_name, round, submitted_by_account, submitted_by_name, submitted_by_post, submitted_at, waiting_since,
    due_at, chain, revision, updated_at)
  SELECT tenant_id, workflow_id, document_type, agency, unit, title,
         CASE WHEN returned THEN 'returned' ELSE 'pending' END, step,
         CASE WHEN returned THEN NULL ELSE 'Langkah ' || (step + 1) END, coalesce(step, 1) + 1,
         drafter_account, 'Pejabat ' || drafter_post, drafter_post, submitted_at, waiting_since,
         CASE WHEN returned THEN NULL ELSE waiting_since + interval '3 days' END,
         $1::jsonb, coalesce(step, 1), waiting_since
  FROM bench_gen`;

const ASSIGNEES_SQL = `
  INSERT INTO workflow_item_assignees (tenant_id, post, workflow_id, account, document_type, agency, waiting_since, due_at)
  SELECT tenant_id,
         CASE WHEN returned THEN drafter_post
              WHEN step = 0 AND document_type = 'realization' AND p < 0.02 THEN 'role:head-of-unit@' || agency || '/' || unit
              ELSE chain_posts[step + 1] END,
         workflow_id, CASE WHEN returned THEN drafter_account END, document_type, agency, waiting_since,
         CASE WHEN returned THEN NULL ELSE waiting_since + interval '3 days' END
  FROM bench_gen`;

/** Submitted by the drafter; approved by the first step's post when past it; returned from it. */
const ACTIONS_SQL = `
  INSERT INTO workflow_actions (tenant_id, workflow_id, seq, action, step, step_name, actor_account, actor_name,
    actor_post, acting, note, at, document_type, agency, title)
  SELECT tenant_id, workflow_id, 0, 'submitted', NULL, NULL, drafter_account, NULL, drafter_post, false, NULL,
         submitted_at, document_type, agency, title FROM bench_gen
  UNION ALL
  SELECT tenant_id, workflow_id, 1, CASE WHEN returned THEN 'returned' ELSE 'approved' END, 0, 'Langkah 1',
         'acc-' || tenant_id || '-' || chain_posts[1], NULL, chain_posts[1], p < 0.1,
         CASE WHEN returned THEN 'Mohon dilengkapi' END, waiting_since, document_type, agency, title
  FROM bench_gen WHERE returned OR step > 0`;

export interface LoadTimings {
  readonly [step: string]: number;
}

/** Loads everything in one owner session (temp tables), timing each step. */
export async function loadInbox(client: PoolClient, tenants: readonly BenchTenant[]): Promise<LoadTimings> {
  const timings: Record<string, number> = {};
  const step = async (name: string, sql: string, values: unknown[] = []) => {
    const start = Date.now();
    await client.query(sql, values);
    timings[name] = (Date.now() - start) / 1000;
    console.error(`  ${name}: ${timings[name].toFixed(1)} s`);
  };
  await client.query("SELECT set_config('jejak.platform', 'on', false), setseed(0.552)");
  await client.query('CREATE TEMP TABLE bench_tenants (tenant_id text, items int, agencies int)');
  await client.query('INSERT INTO bench_tenants SELECT * FROM unnest($1::text[], $2::int[], $3::int[])', [
    tenants.map((t) => t.tenantId),
    tenants.map((t) => t.items),
    tenants.map((t) => t.agencies),
  ]);
  await step('posts', POSTS_SQL);
  await step('generate', GENERATE_SQL);
  await step('workflow_items', ITEMS_SQL, [realizationChain]);
  await step('workflow_item_assignees', ASSIGNEES_SQL);
  await step('workflow_actions', ACTIONS_SQL);
  await step('analyze', 'ANALYZE posts, workflow_items, workflow_item_assignees, workflow_actions');
  return timings;
}
