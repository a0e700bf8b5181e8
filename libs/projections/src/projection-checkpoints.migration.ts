import { loadConfig } from '@jejak/config';
import { appRole, ensureAppRole } from '@jejak/database';
import { MigrationInterface, QueryRunner } from 'typeorm';

/** Where each projector stands in the log. A platform table: no tenant, no row-level security. */
export class ProjectionCheckpoints1760000000300 implements MigrationInterface {
  readonly name = 'ProjectionCheckpoints1760000000300';

  async up(queryRunner: QueryRunner): Promise<void> {
    await ensureAppRole(queryRunner, loadConfig().appDatabaseRole);
    await queryRunner.query(`
      CREATE TABLE projection_checkpoints (
        name       text        PRIMARY KEY,
        "commit"   bigint      NOT NULL DEFAULT 0,
        "prepare"  bigint      NOT NULL DEFAULT 0,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE ON projection_checkpoints TO ${appRole()}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE projection_checkpoints');
  }
}
