import { loadConfig } from '@jejak/config';
import { ensureAppRole, tenantIsolationSql } from '@jejak/database';
import { MigrationInterface, QueryRunner } from 'typeorm';

const STATUS = "('open', 'planned', 'in-progress', 'reported', 'verified', 'returned')";
const GRADE = "('AA', 'A', 'BB', 'B', 'CC', 'C', 'D')";

/** The evaluation read models: LHEs and the follow-up of their recommendations, each row its tenant's only. */
export class EvaluationRecords1760000001010 implements MigrationInterface {
  readonly name = 'EvaluationRecords1760000001010';

  async up(queryRunner: QueryRunner): Promise<void> {
    await ensureAppRole(queryRunner, loadConfig().appDatabaseRole);
    await queryRunner.query(`
      CREATE TABLE evaluations (
        tenant_id             text        NOT NULL,
        agency                text        NOT NULL,
        fiscal_year_evaluated integer     NOT NULL,
        letter_number         text        NULL,
        issued_on             date        NULL,
        evaluator             text        NULL,
        rubric                text        NOT NULL,
        components            jsonb       NOT NULL,
        total                 text        NULL,
        grade                 text        NULL CHECK (grade IN ${GRADE}),
        stated_score          text        NULL,
        stated_grade          text        NULL CHECK (stated_grade IN ${GRADE}),
        discrepancies         jsonb       NOT NULL,
        recommendations       integer     NOT NULL,
        occurred_at           timestamptz NULL,
        recorded_at           timestamptz NOT NULL,
        revision              integer     NOT NULL,
        PRIMARY KEY (tenant_id, agency, fiscal_year_evaluated)
      )`);
    await queryRunner.query(`
      CREATE TABLE follow_ups (
        tenant_id             text        NOT NULL,
        agency                text        NOT NULL,
        fiscal_year_evaluated integer     NOT NULL,
        recommendation        integer     NOT NULL,
        text                  text        NOT NULL,
        component             text        NULL,
        action                text        NULL,
        expected_output       text        NULL,
        due                   date        NULL,
        responsible_unit      text        NULL,
        unit                  text        NULL,
        status                text        NOT NULL CHECK (status IN ${STATUS}),
        reports               integer     NOT NULL,
        progress_note         text        NULL,
        evidence              jsonb       NOT NULL,
        verified_at           timestamptz NULL,
        verification_note     text        NULL,
        recorded_at           timestamptz NOT NULL,
        revision              integer     NOT NULL,
        PRIMARY KEY (tenant_id, agency, fiscal_year_evaluated, recommendation)
      )`);
    for (const sql of [...tenantIsolationSql('evaluations'), ...tenantIsolationSql('follow_ups')]) {
      await queryRunner.query(sql);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE follow_ups');
    await queryRunner.query('DROP TABLE evaluations');
  }
}
