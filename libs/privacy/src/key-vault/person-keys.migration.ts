import { loadConfig } from '@jejak/config';
import { ensureAppRole, tenantIsolationSql } from '@jejak/database';
import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The key vault, outside the log: one AES-256 data key per person of a tenant, wrapped under
 * the master key (JEJAK_MASTER_KEY, never stored). Erasure nulls the key — the log's ciphertext
 * then opens for nobody — and nothing else may change a row: a trigger refuses any update but an
 * erasure, and an erased row stays erased. The application role may read, add and erase rows,
 * never delete them (a deleted row would make its ciphertext look like a tampered log).
 */
export class PersonKeys1760000001300 implements MigrationInterface {
  readonly name = 'PersonKeys1760000001300';

  async up(queryRunner: QueryRunner): Promise<void> {
    await ensureAppRole(queryRunner, loadConfig().appDatabaseRole);
    await queryRunner.query(`
      CREATE TABLE person_keys (
        tenant_id  text        NOT NULL,
        person_id  text        NOT NULL,
        key        bytea       NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        erased_at  timestamptz NULL,
        PRIMARY KEY (tenant_id, person_id),
        CONSTRAINT person_keys_erased_has_no_key CHECK ((key IS NULL) = (erased_at IS NOT NULL))
      )`);
    await queryRunner.query(`
      CREATE FUNCTION person_keys_erase_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.erased_at IS NOT NULL OR NEW.key IS NOT NULL OR NEW.erased_at IS NULL
           OR NEW.tenant_id <> OLD.tenant_id OR NEW.person_id <> OLD.person_id
           OR NEW.created_at <> OLD.created_at THEN
          RAISE EXCEPTION 'person_keys rows change only by erasure, once' USING ERRCODE = '42501';
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER person_keys_erase_only BEFORE UPDATE ON person_keys
        FOR EACH ROW EXECUTE FUNCTION person_keys_erase_only()`);
    for (const sql of tenantIsolationSql('person_keys', 'SELECT, INSERT, UPDATE'))
      await queryRunner.query(sql);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE person_keys');
    await queryRunner.query('DROP FUNCTION person_keys_erase_only()');
  }
}
