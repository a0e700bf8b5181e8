import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { inTenantEntityTransaction } from '@jejak/database';
import { DataSource, EntityManager } from 'typeorm';

/** Whose key it is: the tenant (null for a platform-wide call) and the account. */
export interface IdempotencyScope {
  readonly tenantId: string | null;
  readonly accountId: string;
  readonly key: string;
}

export interface StoredResponse {
  readonly status: number;
  readonly body: unknown;
  readonly headers: Readonly<Record<string, string>>;
}

export type Claim =
  | { readonly kind: 'claimed' }
  | { readonly kind: 'replay'; readonly response: StoredResponse }
  | { readonly kind: 'mismatch' }
  | { readonly kind: 'in-progress' };

/** A claim left pending this long is a crashed attempt; the next request with the key takes it over. */
const ABANDONED_AFTER = '5 minutes';

const SCOPE = `coalesce(tenant_id, '') = coalesce($1, '') AND account_id = $2 AND key = $3`;

interface Row {
  fingerprint: string;
  state: 'pending' | 'done';
  status: number | null;
  body: unknown;
  headers: Record<string, string>;
  abandoned: boolean;
}

/**
 * The `idempotency_keys` table. Each step is its own short transaction under the request's
 * row-level security, so a concurrent duplicate sees the claim as soon as it is made.
 */
@Injectable()
export class IdempotencyStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private run<T>(fn: (manager: EntityManager) => Promise<T>): Promise<T> {
    return inTenantEntityTransaction(this.dataSource, fn);
  }

  /** Claims the key for this request, or says what was already done with it. */
  claim(scope: IdempotencyScope, fingerprint: string): Promise<Claim> {
    const params = [scope.tenantId, scope.accountId, scope.key];
    return this.run(async (manager) => {
      const inserted: unknown[] = await manager.query(
        `INSERT INTO idempotency_keys (tenant_id, account_id, key, fingerprint, state) VALUES ($1, $2, $3, $4, 'pending')
         ON CONFLICT ((coalesce(tenant_id, '')), account_id, key) DO NOTHING RETURNING 1`,
        [...params, fingerprint],
      );
      if (inserted.length > 0) return { kind: 'claimed' };
      const [row]: Row[] = await manager.query(
        `SELECT fingerprint, state, status, body, headers, created_at < now() - interval '${ABANDONED_AFTER}' AS abandoned
         FROM idempotency_keys WHERE ${SCOPE}`,
        params,
      );
      if (!row) return { kind: 'in-progress' };
      if (row.fingerprint !== fingerprint) return { kind: 'mismatch' };
      if (row.state === 'done')
        return {
          kind: 'replay',
          response: { status: row.status ?? 200, body: row.body, headers: row.headers },
        };
      if (!row.abandoned) return { kind: 'in-progress' };
      const [, taken] = await manager.query(
        `UPDATE idempotency_keys SET created_at = now() WHERE ${SCOPE} AND state = 'pending'
         AND created_at < now() - interval '${ABANDONED_AFTER}'`,
        params,
      );
      return taken > 0 ? { kind: 'claimed' } : { kind: 'in-progress' };
    });
  }

  /** Remembers the response of a claimed request, for replays. */
  async complete(scope: IdempotencyScope, response: StoredResponse): Promise<void> {
    await this.run((manager) =>
      manager.query(
        `UPDATE idempotency_keys SET state = 'done', status = $4, body = $5::jsonb, headers = $6::jsonb, completed_at = now()
         WHERE ${SCOPE}`,
        [
          scope.tenantId,
          scope.accountId,
          scope.key,
          response.status,
          JSON.stringify(response.body ?? null),
          JSON.stringify(response.headers),
        ],
      ),
    );
  }

  /** Forgets a claim whose request failed, so that the client may retry it with the same key. */
  async release(scope: IdempotencyScope): Promise<void> {
    await this.run((manager) =>
      manager.query(`DELETE FROM idempotency_keys WHERE ${SCOPE} AND state = 'pending'`, [
        scope.tenantId,
        scope.accountId,
        scope.key,
      ]),
    );
  }
}
