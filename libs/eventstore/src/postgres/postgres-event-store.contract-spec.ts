import { loadConfig } from '@jejak/config';
import { describeEventStoreContract } from '../testing/event-store.contract';
import { createPostgresEventStore } from './postgres-event-store';

// As the application role, bound by row-level security, on the run's database (global setup).
describeEventStoreContract('PostgreSQL event store', async () => {
  const store = createPostgresEventStore({ url: loadConfig().appDatabaseUrl, poolSize: 12 });
  return { store, close: () => store.close() };
});
