import { loadConfig } from '@jejak/config';
import { ensureAppRole, tenantIsolationSql } from '@jejak/database';
import { MigrationInterface, QueryRunner } from 'typeorm';

/** The tenant directory's organisation: units of agencies and posts, each row its tenant's only. */
export class TenantOrganisation1760000000320 implements MigrationInterface {
  readonly name = 'TenantOrganisation1760000000320';

  async up(queryRunner: QueryRunner): Promise<void> {
    await ensureAppRole(queryRunner, loadConfig().appDatabaseRole);
    await queryRunner.query(`
      CREATE TABLE units (
        tenant_id      text        NOT NULL,
        agency_id      text        NOT NULL,
        unit_id        text        NOT NULL,
        name           text        NOT NULL,
        parent_unit_id text        NULL,
        created_at     timestamptz NOT NULL,
        revision       integer     NOT NULL,
        PRIMARY KEY (tenant_id, agency_id, unit_id)
      )`);
    await queryRunner.query(`
      CREATE TABLE posts (
        tenant_id        text        NOT NULL,
        post_id          text        NOT NULL,
        title            text        NOT NULL,
        agency_id        text        NOT NULL,
        unit_id          text        NULL,
        role             text        NOT NULL,
        superior_post_id text        NULL,
        created_at       timestamptz NOT NULL,
        revision         integer     NOT NULL,
        PRIMARY KEY (tenant_id, post_id)
      )`);
    await queryRunner.query('CREATE INDEX posts_agency ON posts (tenant_id, agency_id)');
    for (const sql of [...tenantIsolationSql('units'), ...tenantIsolationSql('posts')])
      await queryRunner.query(sql);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE posts');
    await queryRunner.query('DROP TABLE units');
  }
}
