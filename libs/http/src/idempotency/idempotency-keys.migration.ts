import { loadConfig } from '@jejak/config';
import { ensureAppRole, tenantIsolationSql } from '@jejak/database';
import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Remembered responses of command requests sent with an `Idempotency-Key`. Scoped by tenant
 * (row-level security) and account; a platform administrator's platform-wide calls are stored
 * with a null tenant, which only platform sessions see (as `accounts` does).
 */
export class IdempotencyKeys1760000000210 implements MigrationInterface {
  readonly name = 'IdempotencyKeys1760000000210';

  async up(queryRunner: QueryRunner): Promise<void> {
    await ensureAppRole(queryRunner, loadConfig().appDatabaseRole);
    await queryRunner.query(`
      CREATE TABLE idempotency_keys (
        tenant_id    text,
        account_id   text        NOT NULL,
        key          text        NOT NULL CHECK (length(key) BETWEEN 1 AND 200),
        fingerprint  text        NOT NULL,
        state        text        NOT NULL CHECK (state IN ('pending', 'done')),
        status       integer,
        body         jsonb,
        headers      jsonb       NOT NULL DEFAULT '{}'::jsonb,
        created_at   timestamptz NOT NULL DEFAULT now(),
        completed_at timestamptz
      )`);
    // A unique index, not a primary key: the platform scope is a null tenant.
    await queryRunner.query(
      `CREATE UNIQUE INDEX idempotency_keys_scope ON idempotency_keys ((coalesce(tenant_id, '')), account_id, key)`,
    );
    await queryRunner.query('CREATE INDEX idempotency_keys_created_at ON idempotency_keys (created_at)');
    for (const sql of tenantIsolationSql('idempotency_keys')) await queryRunner.query(sql);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE idempotency_keys');
  }
}
