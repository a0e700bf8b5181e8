import { JejakConfig } from '@jejak/config';
import {
  EVENT_STORE,
  EventStore,
  PostgresEventStoreModule,
  createKurrentDbEventStore,
} from '@jejak/eventstore';
import { DynamicModule, Inject, Module, OnApplicationShutdown } from '@nestjs/common';

/** EVENT_STORE for `EVENT_STORE=kurrentdb`; closed on shutdown. */
@Module({})
class KurrentDbStoreModule implements OnApplicationShutdown {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  onApplicationShutdown(): Promise<void> {
    return this.store.close();
  }
}

/** The adapter the configuration names: PostgreSQL (the default, as the app role) or KurrentDB. */
export function eventStoreModule(config: JejakConfig): DynamicModule {
  if (config.eventStore === 'postgres')
    return PostgresEventStoreModule.forRoot({ url: config.appDatabaseUrl });
  const url = config.eventStoreUrl;
  if (!url) throw new Error('EVENT_STORE=kurrentdb needs EVENTSTORE_URL');
  return {
    module: KurrentDbStoreModule,
    global: true,
    providers: [{ provide: EVENT_STORE, useFactory: () => createKurrentDbEventStore(url) }],
    exports: [EVENT_STORE],
  };
}
