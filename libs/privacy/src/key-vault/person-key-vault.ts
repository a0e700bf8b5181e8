import { inTenantTransaction, sessionSettings } from '@jejak/database';
import { Pool, PoolClient } from 'pg';
import { PersonKeyMissing } from '../domain/privacy.errors';
import { CachedKey, KeyCache, KeyCacheOptions } from './key-cache';
import { newDataKey, unwrapDataKey } from './master-keys';

/** A person of a tenant. */
export interface PersonRef {
  readonly tenant: string;
  readonly person: string;
}

/** What an erasure found: the key nulled now, nulled before, or no row at all. */
export type ErasureOutcome =
  | { readonly outcome: 'erased'; readonly erasedAt: Date }
  | { readonly outcome: 'already-erased'; readonly erasedAt: Date }
  | { readonly outcome: 'unknown' };

const SELECT_SQL =
  'SELECT person_id, key FROM person_keys WHERE tenant_id = $1 AND person_id = ANY($2::text[])';
const INSERT_SQL = `
  INSERT INTO person_keys (tenant_id, person_id, key)
  SELECT $1, p, k FROM unnest($2::text[], $3::bytea[]) AS x(p, k)
  ON CONFLICT (tenant_id, person_id) DO NOTHING`;
const ERASE_SQL = `
  UPDATE person_keys SET key = NULL, erased_at = now()
   WHERE tenant_id = $1 AND person_id = $2 AND erased_at IS NULL RETURNING erased_at`;
/**
 * The keys of (tenant, person) pairs of any tenants, in one statement that first binds the
 * request's row-level-security settings ($1 tenant, $2 platform; local to the statement's own
 * transaction), as the PostgreSQL event store reads (its `scoped`): one round trip per batch of
 * events a projector reads, whatever tenants it spans.
 */
const SELECT_PAIRS_SQL = `
  SELECT k.tenant_id, k.person_id, k.key FROM
    (SELECT set_config('jejak.tenant_id', $1, true) AS tenant, set_config('jejak.platform', $2, true) AS platform) ctx
    CROSS JOIN LATERAL (
      SELECT tenant_id, person_id, key FROM person_keys
       WHERE ctx.tenant IS NOT NULL
         AND (tenant_id, person_id) IN (SELECT * FROM unnest($3::text[], $4::text[]))
      OFFSET 0) k`;
const ERASED_AT_SQL = 'SELECT erased_at FROM person_keys WHERE tenant_id = $1 AND person_id = $2';

/**
 * The per-person data keys of a tenant (table `person_keys`, under row-level security with the
 * current request context), unwrapped with the master key and cached per process (see
 * {@link KeyCache} for how long an erasure elsewhere can take to reach this process).
 */
export class PersonKeyVault {
  private readonly cache: KeyCache;

  constructor(
    private readonly pool: Pool,
    private readonly wrapping: Buffer,
    private readonly ownsPool = false,
    cache: KeyCacheOptions = {},
  ) {
    this.cache = new KeyCache(cache);
  }

  /**
   * The key of each person (null: erased). With `create`, a person met for the first time gets a
   * new key, written before the events that use it; without, a person with no row is an error.
   */
  async keysFor(
    tenant: string,
    persons: readonly string[],
    create: boolean,
  ): Promise<Map<string, CachedKey>> {
    const keys = new Map<string, CachedKey>();
    const missing: string[] = [];
    for (const person of new Set(persons)) {
      const cached = this.cache.get(tenant, person);
      if (cached === undefined) missing.push(person);
      else keys.set(person, cached);
    }
    if (missing.length === 0) return keys;
    const rows = await inTenantTransaction(this.pool, (client) => this.load(client, tenant, missing, create));
    for (const person of missing) {
      const wrapped = rows.get(person);
      if (wrapped === undefined) throw new PersonKeyMissing(tenant, person);
      const key = wrapped === null ? null : unwrapDataKey(this.wrapping, tenant, person, wrapped);
      this.cache.set(tenant, person, key);
      keys.set(person, key);
    }
    return keys;
  }

  /**
   * The keys of persons of any tenants (null: erased), for readers: by tenant, then person. A
   * person with no row is an error ({@link PersonKeyMissing}), never read as erased.
   */
  async keysOf(pairs: readonly PersonRef[]): Promise<Map<string, Map<string, CachedKey>>> {
    const keys = new Map<string, Map<string, CachedKey>>();
    const put = (tenant: string, person: string, key: CachedKey) =>
      keys.set(tenant, (keys.get(tenant) ?? new Map<string, CachedKey>()).set(person, key));
    const missing = pairs.filter(({ tenant, person }) => {
      const cached = this.cache.get(tenant, person);
      if (cached !== undefined) put(tenant, person, cached);
      return cached === undefined;
    });
    if (missing.length === 0) return keys;
    const { rows } = await this.pool.query<{ tenant_id: string; person_id: string; key: Buffer | null }>(
      SELECT_PAIRS_SQL,
      [...sessionSettings(), missing.map((p) => p.tenant), missing.map((p) => p.person)],
    );
    const found = new Map(rows.map((row) => [`${row.tenant_id}|${row.person_id}`, row.key]));
    for (const { tenant, person } of missing) {
      const wrapped = found.get(`${tenant}|${person}`);
      if (wrapped === undefined) throw new PersonKeyMissing(tenant, person);
      const key = wrapped === null ? null : unwrapDataKey(this.wrapping, tenant, person, wrapped);
      this.cache.set(tenant, person, key);
      put(tenant, person, key);
    }
    return keys;
  }

  /** Nulls the person's key, for good; the process's cache forgets it at once. */
  async erase(tenant: string, person: string): Promise<ErasureOutcome> {
    const outcome = await inTenantTransaction(this.pool, async (client): Promise<ErasureOutcome> => {
      const erased = await client.query<{ erased_at: Date }>(ERASE_SQL, [tenant, person]);
      if (erased.rowCount) return { outcome: 'erased', erasedAt: erased.rows[0].erased_at };
      const { rows } = await client.query<{ erased_at: Date | null }>(ERASED_AT_SQL, [tenant, person]);
      if (rows.length === 0) return { outcome: 'unknown' };
      // A row without erased_at would have been updated above.
      return { outcome: 'already-erased', erasedAt: rows[0].erased_at as Date };
    });
    if (outcome.outcome !== 'unknown') this.cache.erased(tenant, person);
    return outcome;
  }

  /** Whether the tenant holds personal data of the person: a live key, an erased one, or none. */
  async status(tenant: string, person: string): Promise<'stored' | 'erased' | 'none'> {
    const { rows } = await inTenantTransaction(this.pool, (client) =>
      client.query<{ erased_at: Date | null }>(ERASED_AT_SQL, [tenant, person]),
    );
    if (rows.length === 0) return 'none';
    return rows[0].erased_at === null ? 'stored' : 'erased';
  }

  /** Another process erased the person (its event was read): stop using their key here too. */
  forget(tenant: string, person: string): void {
    this.cache.erased(tenant, person);
  }

  async close(): Promise<void> {
    if (this.ownsPool) await this.pool.end();
  }

  private async load(
    client: PoolClient,
    tenant: string,
    persons: readonly string[],
    create: boolean,
  ): Promise<Map<string, Buffer | null>> {
    const rows = await selectKeys(client, tenant, persons);
    const absent = persons.filter((person) => !rows.has(person));
    if (!create || absent.length === 0) return rows;
    const wrapped = absent.map((person) => newDataKey(this.wrapping, tenant, person).wrapped);
    await client.query(INSERT_SQL, [tenant, absent, wrapped]);
    // Re-read: a concurrent writer may have created some of them first (ON CONFLICT kept theirs).
    for (const [person, key] of await selectKeys(client, tenant, absent)) rows.set(person, key);
    return rows;
  }
}

async function selectKeys(client: PoolClient, tenant: string, persons: readonly string[]) {
  const { rows } = await client.query<{ person_id: string; key: Buffer | null }>(SELECT_SQL, [
    tenant,
    persons,
  ]);
  return new Map(rows.map((row) => [row.person_id, row.key]));
}
