import { randomBytes } from 'node:crypto';
import { loadConfig, withRole } from '@jejak/config';
import { Migration, dropDatabase, ensureDatabase, runMigrations } from '@jejak/database';

export interface ScratchDatabase {
  /** Owner connection (migrations, fixtures the app role may not write). */
  readonly ownerUrl: string;
  /** The application role's connection, bound by row-level security. */
  readonly appUrl: string;
  drop(): Promise<void>;
}

/**
 * A database of its own for a suite that empties tables or resets checkpoints (a rebuild), so it
 * never races the other suites sharing the run's database. Name it after the run's database.
 */
export async function scratchDatabase(migrations: Migration[]): Promise<ScratchDatabase> {
  const config = loadConfig();
  const url = new URL(config.databaseUrl);
  url.pathname = `${url.pathname}_${randomBytes(3).toString('hex')}`;
  const ownerUrl = url.toString();
  await ensureDatabase(ownerUrl);
  await runMigrations(ownerUrl, migrations);
  return {
    ownerUrl,
    appUrl: withRole(ownerUrl, config.appDatabaseRole, process.env.APP_DATABASE_PASSWORD),
    drop: () => (process.env.KEEP_TEST_DATABASE === '1' ? Promise.resolve() : dropDatabase(ownerUrl)),
  };
}
