import { loadConfig } from '@jejak/config';
import { ensureAppRole, tenantIsolationSql } from '@jejak/database';
import { MigrationInterface, QueryRunner } from 'typeorm';

/** The deadlines projection's rows: each workflow instance's state, and when its step is due. */
export class WorkflowDeadlines1760000000950 implements MigrationInterface {
  readonly name = 'WorkflowDeadlines1760000000950';

  async up(queryRunner: QueryRunner): Promise<void> {
    await ensureAppRole(queryRunner, loadConfig().appDatabaseRole);
    await queryRunner.query(`
      CREATE TABLE workflow_deadlines (
        tenant_id   text        NOT NULL,
        workflow_id text        NOT NULL,
        state       jsonb       NOT NULL,
        due_at      timestamptz NULL,
        revision    integer     NOT NULL,
        PRIMARY KEY (tenant_id, workflow_id)
      )`);
    for (const sql of tenantIsolationSql('workflow_deadlines')) await queryRunner.query(sql);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE workflow_deadlines');
  }
}
