import { loadConfig } from '@jejak/config';
import { ensureAppRole, tenantIsolationSql } from '@jejak/database';
import { MigrationInterface, QueryRunner } from 'typeorm';

/** The tenant directory read model: tenants and their agencies, each row its tenant's only. */
export class TenantDirectory1760000000310 implements MigrationInterface {
  readonly name = 'TenantDirectory1760000000310';

  async up(queryRunner: QueryRunner): Promise<void> {
    await ensureAppRole(queryRunner, loadConfig().appDatabaseRole);
    await queryRunner.query(`
      CREATE TABLE tenants (
        tenant_id  text        PRIMARY KEY,
        name       text        NOT NULL,
        kind       text        NOT NULL CHECK (kind IN ('kota', 'kabupaten', 'provinsi')),
        province   text        NULL,
        created_at timestamptz NOT NULL,
        revision   integer     NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE agencies (
        tenant_id  text        NOT NULL,
        agency_id  text        NOT NULL,
        name       text        NOT NULL,
        short_name text        NULL,
        created_at timestamptz NOT NULL,
        revision   integer     NOT NULL,
        PRIMARY KEY (tenant_id, agency_id)
      )`);
    for (const sql of [...tenantIsolationSql('tenants'), ...tenantIsolationSql('agencies')])
      await queryRunner.query(sql);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE agencies');
    await queryRunner.query('DROP TABLE tenants');
  }
}
