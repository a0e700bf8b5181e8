import { loadConfig } from '@jejak/config';
import { ensureAppRole, tenantIsolationSql } from '@jejak/database';
import { MigrationInterface, QueryRunner } from 'typeorm';

/** The agreement versions read model: every version of every PK, each row its tenant's only. */
export class AgreementVersions1760000000520 implements MigrationInterface {
  readonly name = 'AgreementVersions1760000000520';

  async up(queryRunner: QueryRunner): Promise<void> {
    await ensureAppRole(queryRunner, loadConfig().appDatabaseRole);
    await queryRunner.query(`
      CREATE TABLE agreement_versions (
        tenant_id     text        NOT NULL,
        agency        text        NOT NULL,
        fiscal_year   integer     NOT NULL,
        party         text        NOT NULL,
        version       integer     NOT NULL CHECK (version >= 0),
        stream_id     text        NOT NULL,
        cascaded_from text        NULL,
        status        text        NOT NULL CHECK (status IN ('drafted', 'signed')),
        signed_on     date        NULL,
        reason        text        NULL,
        legal_basis   text        NULL,
        first_party   jsonb       NOT NULL,
        second_party  jsonb       NOT NULL,
        targets       jsonb       NOT NULL,
        budget        jsonb       NOT NULL,
        budget_total  bigint      NOT NULL CHECK (budget_total >= 0),
        changes       jsonb       NOT NULL,
        occurred_at   timestamptz NULL,
        recorded_at   timestamptz NOT NULL,
        revision      integer     NOT NULL,
        PRIMARY KEY (tenant_id, agency, fiscal_year, party, version)
      )`);
    await queryRunner.query(
      'CREATE UNIQUE INDEX agreement_versions_stream ON agreement_versions (tenant_id, stream_id, version)',
    );
    for (const sql of tenantIsolationSql('agreement_versions')) await queryRunner.query(sql);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE agreement_versions');
  }
}
