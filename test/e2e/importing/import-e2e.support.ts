/*
 * What the import suites share: fixture documents under a tenant code of their own (suites share
 * one database), and the number of events a tenant has, counted as the database owner.
 */
import { Pool } from 'pg';
import { readFixture } from '../../fixtures/fixtures';

export type Doc = Record<string, unknown> & {
  tenant: { code: string; name: string };
  agency: { code: string };
  fiscalYear: number;
};

/** A fresh copy of a fixture document, moved to `tenant`. */
export function documentFor(fixture: string, tenant: string): Doc {
  const doc = readFixture<Doc>(`${fixture}.json`);
  doc.tenant.code = tenant;
  return doc;
}

let pool: Pool | undefined;

/** Events of `tenant` in the store (the owner's connection sees past row-level security). */
export async function eventCount(tenant: string): Promise<number> {
  pool ??= new Pool({ connectionString: process.env.DATABASE_URL, max: 2 });
  const { rows } = await pool.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM events WHERE tenant_id = $1',
    [tenant],
  );
  return rows[0].n;
}

export async function closeCounts(): Promise<void> {
  await pool?.end();
  pool = undefined;
}
