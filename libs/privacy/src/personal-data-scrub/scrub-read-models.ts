import { EntityManager } from 'typeorm';
import { PersonIds } from '../domain/person-ids';
import { PERSONAL_READ_MODELS, PersonalReadModel } from './personal-read-models';
import { scrubJson } from './scrub-json';

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;

async function exists(manager: EntityManager, table: string): Promise<boolean> {
  const [row] = await manager.query('SELECT to_regclass($1) IS NOT NULL AS present', [table]);
  return row.present === true;
}

/** Rows of the tenant are locked while they are rewritten (a projection may be writing them too). */
async function scrubJsonColumns(
  manager: EntityManager,
  table: string,
  columns: readonly string[],
  tenant: string,
  person: string,
  ids: PersonIds,
): Promise<number> {
  const list = columns.map(quoted).join(', ');
  const rows: Record<string, unknown>[] = await manager.query(
    `SELECT ctid::text AS row_id, ${list} FROM ${quoted(table)} WHERE tenant_id = $1 FOR UPDATE`,
    [tenant],
  );
  let scrubbed = 0;
  for (const row of rows) {
    const values = columns.map((column) => scrubJson(row[column], tenant, person, ids));
    if (values.every((value, i) => value === row[columns[i]])) continue;
    const set = columns.map((column, i) => `${quoted(column)} = $${i + 2}::jsonb`).join(', ');
    await manager.query(`UPDATE ${quoted(table)} SET ${set} WHERE ctid = $1::tid`, [
      row.row_id,
      ...values.map((value) => JSON.stringify(value)),
    ]);
    scrubbed += 1;
  }
  return scrubbed;
}

async function scrubTarget(
  manager: EntityManager,
  target: PersonalReadModel,
  tenant: string,
  person: string,
  ids: PersonIds,
): Promise<number> {
  if (!(await exists(manager, target.table))) return 0;
  if ('json' in target) return scrubJsonColumns(manager, target.table, target.json, tenant, person, ids);
  const set = Object.entries(target.set)
    .map(([column, expression]) => `${quoted(column)} = ${expression}`)
    .join(', ');
  const [, count] = await manager.query(
    `UPDATE ${quoted(target.table)} SET ${set} WHERE tenant_id = $1 AND ${target.account} = $2`,
    [tenant, person],
  );
  return Number(count ?? 0);
}

/**
 * Erases `person`'s personal values from every read model that copied them (see
 * PERSONAL_READ_MODELS), in the caller's transaction; returns how many rows changed. Idempotent.
 */
export async function scrubReadModels(
  manager: EntityManager,
  tenant: string,
  person: string,
  ids: PersonIds,
): Promise<number> {
  let total = 0;
  for (const target of PERSONAL_READ_MODELS) total += await scrubTarget(manager, target, tenant, person, ids);
  return total;
}
