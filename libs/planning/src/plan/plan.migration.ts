import { loadConfig } from '@jejak/config';
import { ensureAppRole, tenantIsolationSql } from '@jejak/database';
import { MigrationInterface, QueryRunner } from 'typeorm';

const TABLES = ['plan_renstra', 'plan_indicators', 'plan_budget_items', 'plan_history'];

/** The `plan` read model (projection `planning-plan`): each row its tenant's only. */
export class PlanReadModel1760000000430 implements MigrationInterface {
  readonly name = 'PlanReadModel1760000000430';

  async up(queryRunner: QueryRunner): Promise<void> {
    await ensureAppRole(queryRunner, loadConfig().appDatabaseRole);
    await queryRunner.query(`
      CREATE TABLE plan_renstra (
        tenant_id   text    NOT NULL,
        agency      text    NOT NULL,
        period      text    NOT NULL,
        period_from integer NOT NULL,
        period_to   integer NOT NULL CHECK (period_to > period_from),
        title       text    NULL,
        adopted_on  date    NULL,
        amendments  jsonb   NOT NULL,
        amended_on  date    NULL,
        goals       jsonb   NOT NULL,
        revision    integer NOT NULL,
        PRIMARY KEY (tenant_id, agency, period)
      )`);
    await queryRunner.query(`
      CREATE TABLE plan_indicators (
        tenant_id   text    NOT NULL,
        agency      text    NOT NULL,
        period      text    NOT NULL,
        code        text    NOT NULL,
        name        text    NOT NULL,
        unit        text    NULL,
        polarity    text    NOT NULL CHECK (polarity IN ('higher', 'lower')),
        level       text    NOT NULL CHECK (level IN ('goal', 'objective', 'program', 'activity', 'subActivity')),
        parent      text    NOT NULL,
        definition  text    NULL,
        data_source text    NULL,
        baseline    jsonb   NULL,
        targets     jsonb   NOT NULL,
        valid_from  integer NOT NULL,
        valid_to    integer NOT NULL,
        replaces    text[]  NOT NULL,
        replaced_by text[]  NOT NULL,
        revision    integer NOT NULL,
        PRIMARY KEY (tenant_id, agency, period, code)
      )`);
    await queryRunner.query(`
      CREATE TABLE plan_budget_items (
        tenant_id  text    NOT NULL,
        agency     text    NOT NULL,
        period     text    NOT NULL,
        code       text    NOT NULL,
        level      text    NOT NULL CHECK (level IN ('program', 'activity', 'subActivity')),
        parent     text    NULL,
        name       text    NOT NULL,
        unit       text    NULL,
        objectives text[]  NOT NULL,
        revision   integer NOT NULL,
        PRIMARY KEY (tenant_id, agency, period, code)
      )`);
    await queryRunner.query(`
      CREATE TABLE plan_history (
        tenant_id   text    NOT NULL,
        agency      text    NOT NULL,
        period      text    NOT NULL,
        indicator   text    NOT NULL,
        year        integer NOT NULL,
        name        text    NULL,
        unit        text    NULL,
        target      numeric NULL,
        realization numeric NULL,
        revision    integer NOT NULL,
        PRIMARY KEY (tenant_id, agency, period, indicator, year)
      )`);
    for (const table of TABLES) for (const sql of tenantIsolationSql(table)) await queryRunner.query(sql);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [...TABLES].reverse()) await queryRunner.query(`DROP TABLE ${table}`);
  }
}
