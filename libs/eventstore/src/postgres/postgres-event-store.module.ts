import { DynamicModule, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { loadConfig } from '@jejak/config';
import { EVENT_STORE, EventStore } from '../event-store.port';
import { PostgresEventStoreConfig, createPostgresEventStore } from './postgres-event-store';

/** Provides {@link EVENT_STORE} backed by PostgreSQL; the app role's URL from the config by default. */
@Module({})
export class PostgresEventStoreModule implements OnApplicationShutdown {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  static forRoot(config: PostgresEventStoreConfig = {}): DynamicModule {
    return {
      module: PostgresEventStoreModule,
      global: true,
      providers: [
        {
          provide: EVENT_STORE,
          useFactory: () => createPostgresEventStore({ url: loadConfig().appDatabaseUrl, ...config }),
        },
      ],
      exports: [EVENT_STORE],
    };
  }

  onApplicationShutdown(): Promise<void> {
    return this.store.close();
  }
}
