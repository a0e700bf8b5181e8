import { loadConfig } from '@jejak/config';
import { ensureDatabase, runMigrations } from '@jejak/database';
import { ALL_MIGRATIONS } from './migrations';

/** `npm run db:migrate`: creates the database if missing and runs pending migrations as the owner. */
async function main(): Promise<void> {
  const { databaseUrl } = loadConfig();
  if (await ensureDatabase(databaseUrl))
    console.log(`created database ${new URL(databaseUrl).pathname.slice(1)}`);
  const ran = await runMigrations(databaseUrl, ALL_MIGRATIONS);
  console.log(ran.length ? `migrations run: ${ran.join(', ')}` : 'database is up to date');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
