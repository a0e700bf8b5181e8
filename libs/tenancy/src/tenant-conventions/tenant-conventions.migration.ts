import { loadConfig } from '@jejak/config';
import { ensureAppRole, tenantIsolationSql } from '@jejak/database';
import { MigrationInterface, QueryRunner } from 'typeorm';

/** Every version of every tenant's conventions, each row its tenant's only. */
export class TenantConventions1760000000330 implements MigrationInterface {
  readonly name = 'TenantConventions1760000000330';

  async up(queryRunner: QueryRunner): Promise<void> {
    await ensureAppRole(queryRunner, loadConfig().appDatabaseRole);
    await queryRunner.query(`
      CREATE TABLE conventions_versions (
        tenant_id        text        NOT NULL,
        version          integer     NOT NULL CHECK (version > 0),
        from_fiscal_year integer     NOT NULL,
        conventions      jsonb       NOT NULL,
        changed_at       timestamptz NOT NULL,
        revision         integer     NOT NULL,
        PRIMARY KEY (tenant_id, version)
      )`);
    for (const sql of tenantIsolationSql('conventions_versions')) await queryRunner.query(sql);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE conventions_versions');
  }
}
