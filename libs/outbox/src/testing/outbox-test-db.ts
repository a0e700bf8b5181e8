import type { Pool } from 'pg';
import { loadConfig } from '@jejak/config';
import { createPool } from '@jejak/database';

export interface OutboxTestDb {
  /** The application's role, bound by row-level security, as commands and the relay run. */
  readonly app: Pool;
  /** The migration owner: inspects and tampers with rows as a test needs. */
  readonly owner: Pool;
  close(): Promise<void>;
}

/** The run's database, where the event store's migration made `outbox` (tests/setup). */
export function openOutboxTestDb(): OutboxTestDb {
  const config = loadConfig();
  const app = createPool(config.appDatabaseUrl, { max: 6 });
  const owner = createPool(config.databaseUrl, { max: 2 });
  return { app, owner, close: () => Promise.all([app.end(), owner.end()]).then(() => undefined) };
}
