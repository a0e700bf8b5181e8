/* One database per test run, migrated from zero; every suite connects to it through DATABASE_URL. */
import { randomBytes } from 'node:crypto';
import { register } from 'tsconfig-paths';
import { compilerOptions } from '../../tsconfig.base.json';

export default async function globalSetup(): Promise<void> {
  register({ baseUrl: `${__dirname}/../..`, paths: compilerOptions.paths });
  const { ensureDatabase, runMigrations } = await import('../../libs/database/src/migrations');
  const { ALL_MIGRATIONS } = await import('../../apps/api/src/migrations');
  const run = `${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const base = new URL(process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/jejak');
  base.pathname = `/jejak_test_${run}`;
  process.env.DATABASE_URL = base.toString();
  process.env.QUEUE_PREFIX = `jejak-test-${run}`;
  process.env.NODE_ENV = 'test';
  process.env.JEJAK_DEMO = process.env.JEJAK_DEMO ?? '0';
  delete process.env.APP_DATABASE_URL;
  await ensureDatabase(process.env.DATABASE_URL);
  await runMigrations(process.env.DATABASE_URL, ALL_MIGRATIONS);
}
