import { Client } from 'pg';
import { DataSource, MigrationInterface, QueryRunner } from 'typeorm';
import { databaseName, loadConfig } from '@jejak/config';

export type Migration = new () => MigrationInterface;

/** Creates the database named in `url` if it does not exist (connecting to the `postgres` database). */
export async function ensureDatabase(url: string): Promise<boolean> {
  const name = databaseName(url);
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (rowCount) return false;
    await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
    return true;
  } finally {
    await client.end();
  }
}

/** Drops the database named in `url` (tests only), ending its connections first. */
export async function dropDatabase(url: string): Promise<void> {
  const name = databaseName(url);
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name.replace(/"/g, '""')}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

/**
 * Creates the application's login role if it is missing (roles are per server, so parallel runs
 * may race: the loser's duplicate is ignored) and lets it connect. It owns nothing: every table
 * is the migration owner's, and grants say what the application may do.
 */
export async function ensureAppRole(queryRunner: QueryRunner, role: string): Promise<void> {
  const quoted = `"${role.replace(/"/g, '""')}"`;
  await queryRunner.query(`
    DO $$ BEGIN
      IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${role.replace(/'/g, "''")}') THEN
        CREATE ROLE ${quoted} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS;
      END IF;
    EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
    END $$`);
  const db = (await queryRunner.query('SELECT current_database() AS name'))[0].name as string;
  await queryRunner.query(`GRANT CONNECT ON DATABASE "${db.replace(/"/g, '""')}" TO ${quoted}`);
  await queryRunner.query(`GRANT USAGE ON SCHEMA public TO ${quoted}`);
}

/** The application role's name, quoted for SQL, as configured (APP_DATABASE_ROLE). */
export function appRole(): string {
  return `"${loadConfig().appDatabaseRole.replace(/"/g, '""')}"`;
}

/** Runs every pending migration as the owner, each in its own transaction; safe to run twice. */
export async function runMigrations(url: string, migrations: Migration[]): Promise<string[]> {
  const dataSource = new DataSource({
    type: 'postgres',
    url,
    migrations,
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'each',
    logging: false,
  });
  await dataSource.initialize();
  try {
    // One migrator at a time: a second `npm run setup` waits rather than racing.
    await dataSource.query('SELECT pg_advisory_lock(727274)');
    const done = await dataSource.runMigrations({ transaction: 'each' });
    return done.map((m) => m.name);
  } finally {
    await dataSource.query('SELECT pg_advisory_unlock(727274)').catch(() => undefined);
    await dataSource.destroy();
  }
}

/**
 * SQL putting `table` under forced row-level security keyed on its `tenant_id`: a session sees
 * and writes only the rows of the tenant in `jejak.tenant_id`, unless it runs as the platform.
 * The application role gets `privileges` on it; it owns nothing.
 */
export function tenantIsolationSql(table: string, privileges = 'SELECT, INSERT, UPDATE, DELETE'): string[] {
  const rule =
    "tenant_id = current_setting('jejak.tenant_id', true) OR current_setting('jejak.platform', true) = 'on'";
  return [
    `ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`,
    `ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`,
    `CREATE POLICY ${table.replace(/\W/g, '_')}_tenant_isolation ON ${table} USING (${rule}) WITH CHECK (${rule})`,
    `GRANT ${privileges} ON ${table} TO ${appRole()}`,
  ];
}
