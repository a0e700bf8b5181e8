import { loadConfig } from '@jejak/config';
import { ensureAppRole, tenantIsolationSql } from '@jejak/database';
import { MigrationInterface, QueryRunner } from 'typeorm';

const STATUS = "('pending', 'returned', 'approved', 'rejected', 'withdrawn')";
const ACTION = "('submitted', 'approved', 'returned', 'resubmitted', 'rejected', 'withdrawn')";

/**
 * The officials' inbox read model. The inbox is read by index only: `(tenant, post)` (or the
 * drafter's account), in waiting order, with what it filters on carried in the index (INCLUDE),
 * so a page is a few index-only range scans whatever the tenant's size.
 */
export class WorkflowInbox1760000000900 implements MigrationInterface {
  readonly name = 'WorkflowInbox1760000000900';

  async up(queryRunner: QueryRunner): Promise<void> {
    await ensureAppRole(queryRunner, loadConfig().appDatabaseRole);
    await queryRunner.query(`
      CREATE TABLE workflow_items (
        tenant_id            text        NOT NULL,
        workflow_id          text        NOT NULL,
        document_type        text        NOT NULL,
        agency               text        NOT NULL,
        unit                 text        NULL,
        title                text        NOT NULL,
        status               text        NOT NULL CHECK (status IN ${STATUS}),
        current_step         integer     NULL,
        step_name            text        NULL,
        round                integer     NOT NULL,
        submitted_by_account text        NOT NULL,
        submitted_by_name    text        NULL,
        submitted_by_post    text        NULL,
        submitted_at         timestamptz NOT NULL,
        waiting_since        timestamptz NOT NULL,
        due_at               timestamptz NULL,
        chain                jsonb       NOT NULL,
        revision             integer     NOT NULL,
        updated_at           timestamptz NOT NULL,
        PRIMARY KEY (tenant_id, workflow_id)
      )`);
    await queryRunner.query(`
      CREATE TABLE workflow_item_assignees (
        tenant_id     text        NOT NULL,
        post          text        NOT NULL,
        workflow_id   text        NOT NULL,
        account       text        NULL,
        document_type text        NOT NULL,
        agency        text        NOT NULL,
        waiting_since timestamptz NOT NULL,
        due_at        timestamptz NULL,
        PRIMARY KEY (tenant_id, workflow_id, post)
      )`);
    // A post's inbox in waiting order; the filters' columns ride along for index-only scans.
    await queryRunner.query(`
      CREATE INDEX workflow_item_assignees_inbox ON workflow_item_assignees
        (tenant_id, post, waiting_since, workflow_id) INCLUDE (document_type, agency, due_at, account)`);
    await queryRunner.query(`
      CREATE INDEX workflow_item_assignees_drafter ON workflow_item_assignees
        (tenant_id, account, waiting_since, workflow_id) INCLUDE (document_type, agency, due_at)
        WHERE account IS NOT NULL`);
    await queryRunner.query(`
      CREATE TABLE workflow_actions (
        tenant_id     text        NOT NULL,
        workflow_id   text        NOT NULL,
        seq           integer     NOT NULL,
        action        text        NOT NULL CHECK (action IN ${ACTION}),
        step          integer     NULL,
        step_name     text        NULL,
        actor_account text        NOT NULL,
        actor_name    text        NULL,
        actor_post    text        NULL,
        acting        boolean     NOT NULL,
        note          text        NULL,
        at            timestamptz NOT NULL,
        document_type text        NOT NULL,
        agency        text        NOT NULL,
        title         text        NOT NULL,
        PRIMARY KEY (tenant_id, workflow_id, seq)
      )`);
    // A person's history, newest first (scanned backwards).
    await queryRunner.query(
      'CREATE INDEX workflow_actions_actor ON workflow_actions (tenant_id, actor_account, at, workflow_id, seq)',
    );
    for (const table of ['workflow_items', 'workflow_item_assignees', 'workflow_actions'])
      for (const sql of tenantIsolationSql(table)) await queryRunner.query(sql);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE workflow_actions');
    await queryRunner.query('DROP TABLE workflow_item_assignees');
    await queryRunner.query('DROP TABLE workflow_items');
  }
}
