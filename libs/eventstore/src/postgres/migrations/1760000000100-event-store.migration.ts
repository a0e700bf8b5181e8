import { MigrationInterface, QueryRunner } from 'typeorm';
import { loadConfig } from '@jejak/config';
import { ensureAppRole } from '@jejak/database';
import { eventStoreFunctionsSql } from './event-store.functions';
import { eventStoreSchemaSql } from './event-store.schema';

/** The PostgreSQL event store: the log, the tenants' chain heads, the outbox, `jejak_append`. */
export class EventStore1760000000100 implements MigrationInterface {
  readonly name = 'EventStore1760000000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await ensureAppRole(queryRunner, loadConfig().appDatabaseRole);
    for (const sql of [...eventStoreSchemaSql(), ...eventStoreFunctionsSql()]) await queryRunner.query(sql);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP FUNCTION IF EXISTS jejak_append(text, text, jsonb, jsonb)');
    await queryRunner.query('DROP FUNCTION IF EXISTS jejak_new_events, jejak_event_digest');
    await queryRunner.query('DROP TABLE IF EXISTS outbox, tenant_heads, events');
    await queryRunner.query('DROP FUNCTION IF EXISTS jejak_events_refuse_change');
  }
}
