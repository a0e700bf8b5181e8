import { Pool, PoolClient, PoolConfig } from 'pg';
import { DataSource, EntityManager } from 'typeorm';
import { requestContext, sessionSettings } from './request-context';

/**
 * SQL that binds the current transaction to a tenant for row-level security. `true` makes the
 * settings local to the transaction, so a pooled connection never carries them to the next user.
 */
export const SET_TENANT_SQL =
  "SELECT set_config('jejak.tenant_id', $1, true), set_config('jejak.platform', $2, true)";

export function createPool(connectionString: string, options: PoolConfig = {}): Pool {
  const pool = new Pool({ connectionString, max: 10, ...options });
  // An idle client losing its server must not crash the process; the next checkout reconnects.
  pool.on('error', () => undefined);
  return pool;
}

/** Runs `fn` in one transaction whose row-level security is that of the current request context. */
export async function inTenantTransaction<T>(pool: Pool, fn: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query(SET_TENANT_SQL, sessionSettings());
    const result = await fn(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** The TypeORM counterpart of {@link inTenantTransaction}, for read models. */
export function inTenantEntityTransaction<T>(
  dataSource: DataSource,
  fn: (manager: EntityManager) => Promise<T>,
): Promise<T> {
  return dataSource.transaction(async (manager) => {
    await manager.query(SET_TENANT_SQL, sessionSettings());
    return fn(manager);
  });
}

/** Runs `fn` as the platform itself (projectors, relays, start-up): every tenant is visible. */
export function asPlatform<T>(fn: () => T, source: 'system' | 'import' = 'system'): T {
  const current = requestContext.current();
  return requestContext.run({ ...current, platform: true, source }, fn);
}
