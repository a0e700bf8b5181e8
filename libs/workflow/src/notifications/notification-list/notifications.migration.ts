import { loadConfig } from '@jejak/config';
import { ensureAppRole, tenantIsolationSql } from '@jejak/database';
import { MigrationInterface, QueryRunner } from 'typeorm';

/** Officials' notifications (and the projection's memory of each submission), each row its tenant's only. */
export class Notifications1760000000960 implements MigrationInterface {
  readonly name = 'Notifications1760000000960';

  async up(queryRunner: QueryRunner): Promise<void> {
    await ensureAppRole(queryRunner, loadConfig().appDatabaseRole);
    await queryRunner.query(`
      CREATE TABLE notifications (
        tenant_id         text        NOT NULL,
        id                uuid        NOT NULL,
        recipient_account text        NOT NULL,
        kind              text        NOT NULL CHECK (kind IN ('awaiting', 'reminder', 'escalation')),
        workflow_id       text        NOT NULL,
        title             text        NOT NULL,
        message           text        NOT NULL,
        due_at            timestamptz NULL,
        created_at        timestamptz NOT NULL,
        read_at           timestamptz NULL,
        PRIMARY KEY (tenant_id, id)
      )`);
    // A recipient's list: unread first, newest first.
    await queryRunner.query(`
      CREATE INDEX notifications_recipient ON notifications
        (tenant_id, recipient_account, (read_at IS NULL) DESC, created_at DESC, id)`);
    await queryRunner.query(`
      CREATE TABLE notification_subjects (
        tenant_id   text        NOT NULL,
        workflow_id text        NOT NULL,
        state       jsonb       NOT NULL,
        due_at      timestamptz NULL,
        revision    integer     NOT NULL,
        PRIMARY KEY (tenant_id, workflow_id)
      )`);
    for (const table of ['notifications', 'notification_subjects'])
      for (const sql of tenantIsolationSql(table)) await queryRunner.query(sql);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE notification_subjects');
    await queryRunner.query('DROP TABLE notifications');
  }
}
