import { loadConfig } from '@jejak/config';
import { ensureAppRole, tenantIsolationSql } from '@jejak/database';
import { MigrationInterface, QueryRunner } from 'typeorm';

const PERIOD = "('Q1', 'Q2', 'Q3', 'Q4', 'FY')";

/** The realization ledger read model: indicator realizations and budget lines, each row its tenant's only. */
export class RealizationLedger1760000000700 implements MigrationInterface {
  readonly name = 'RealizationLedger1760000000700';

  async up(queryRunner: QueryRunner): Promise<void> {
    await ensureAppRole(queryRunner, loadConfig().appDatabaseRole);
    await queryRunner.query(`
      CREATE TABLE realizations (
        tenant_id         text        NOT NULL,
        agency            text        NOT NULL,
        fiscal_year       integer     NOT NULL,
        indicator         text        NOT NULL,
        period            text        NOT NULL CHECK (period IN ${PERIOD}),
        kind              text        NOT NULL CHECK (kind IN ('value', 'ratio', 'pending')),
        value             text        NULL,
        numerator         text        NULL,
        denominator       text        NULL,
        source            text        NULL,
        unit              text        NULL,
        corrected         boolean     NOT NULL,
        correction_reason text        NULL,
        occurred_at       timestamptz NULL,
        recorded_at       timestamptz NOT NULL,
        revision          integer     NOT NULL,
        PRIMARY KEY (tenant_id, agency, fiscal_year, indicator, period)
      )`);
    await queryRunner.query(`
      CREATE TABLE budget_lines (
        tenant_id         text    NOT NULL,
        agency            text    NOT NULL,
        fiscal_year       integer NOT NULL,
        code              text    NOT NULL,
        level             text    NOT NULL CHECK (level IN ('program', 'activity', 'subActivity')),
        allocation        bigint  NOT NULL CHECK (allocation >= 0),
        basis             text    NULL,
        realized          bigint  NULL CHECK (realized >= 0),
        physical_progress numeric NULL,
        period            text    NULL CHECK (period IN ${PERIOD}),
        revision          integer NOT NULL,
        PRIMARY KEY (tenant_id, agency, fiscal_year, code)
      )`);
    for (const sql of [...tenantIsolationSql('realizations'), ...tenantIsolationSql('budget_lines')]) {
      await queryRunner.query(sql);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE budget_lines');
    await queryRunner.query('DROP TABLE realizations');
  }
}
