import { loadConfig } from '@jejak/config';
import { ensureAppRole, tenantIsolationSql } from '@jejak/database';
import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Evidence files of follow-ups: their bytes, by tenant and SHA-256. Not a read model (nothing
 * rebuilds it from the log: the log holds only the hash), so the application may only add to it.
 */
export class EvidenceFiles1760000001020 implements MigrationInterface {
  readonly name = 'EvidenceFiles1760000001020';

  async up(queryRunner: QueryRunner): Promise<void> {
    await ensureAppRole(queryRunner, loadConfig().appDatabaseRole);
    await queryRunner.query(`
      CREATE TABLE evidence_files (
        tenant_id   text        NOT NULL,
        sha256      text        NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        name        text        NOT NULL,
        media_type  text        NOT NULL,
        size        integer     NOT NULL CHECK (size = octet_length(bytes)),
        bytes       bytea       NOT NULL,
        stored_at   timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, sha256)
      )`);
    for (const sql of tenantIsolationSql('evidence_files', 'SELECT, INSERT')) await queryRunner.query(sql);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE evidence_files');
  }
}
