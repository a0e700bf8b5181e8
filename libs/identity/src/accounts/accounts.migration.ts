import { loadConfig } from '@jejak/config';
import { ensureAppRole, tenantIsolationSql } from '@jejak/database';
import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Accounts: a tenant's officials (tenant_id set) and the platform administrators (tenant_id null,
 * visible only to platform sessions under the same row-level security rule). The application
 * role may read, add and change accounts, never delete them.
 */
export class Accounts1760000000200 implements MigrationInterface {
  readonly name = 'Accounts1760000000200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await ensureAppRole(queryRunner, loadConfig().appDatabaseRole);
    await queryRunner.query(`
      CREATE TABLE accounts (
        id             uuid        PRIMARY KEY,
        tenant_id      text,
        email          text        NOT NULL CHECK (email = lower(email)),
        display_name   text        NOT NULL,
        password_hash  text        NOT NULL,
        platform_admin boolean     NOT NULL DEFAULT false,
        posts          jsonb       NOT NULL DEFAULT '[]'::jsonb,
        created_at     timestamptz NOT NULL DEFAULT now(),
        disabled       boolean     NOT NULL DEFAULT false,
        CONSTRAINT accounts_platform_admin_has_no_tenant CHECK (platform_admin = (tenant_id IS NULL))
      )`);
    // Unique across tenants: an email names one account at sign-in, before any tenant is known.
    await queryRunner.query('CREATE UNIQUE INDEX accounts_email ON accounts (lower(email))');
    await queryRunner.query('CREATE INDEX accounts_tenant ON accounts (tenant_id)');
    for (const sql of tenantIsolationSql('accounts', 'SELECT, INSERT, UPDATE')) await queryRunner.query(sql);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE accounts');
  }
}
