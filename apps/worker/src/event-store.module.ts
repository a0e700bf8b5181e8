import { JejakConfig } from '@jejak/config';
import {
  EVENT_STORE,
  EventStore,
  createKurrentDbEventStore,
  createPostgresEventStore,
} from '@jejak/eventstore';
import { withPersonalData } from '@jejak/privacy';
import { DynamicModule, Inject, Module, OnApplicationShutdown } from '@nestjs/common';

/** EVENT_STORE behind personal-data encryption (@jejak/privacy); closed on shutdown. */
@Module({})
class EventStoreModule implements OnApplicationShutdown {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  onApplicationShutdown(): Promise<void> {
    return this.store.close();
  }
}

/** The adapter the configuration names: PostgreSQL (the default, as the app role) or KurrentDB. */
function createAdapter(config: JejakConfig): EventStore {
  if (config.eventStore === 'postgres') return createPostgresEventStore({ url: config.appDatabaseUrl });
  const url = config.eventStoreUrl;
  if (!url) throw new Error('EVENT_STORE=kurrentdb needs EVENTSTORE_URL');
  return createKurrentDbEventStore(url);
}

/** That adapter behind personal-data encryption: projections read names plain, or erased. */
export function eventStoreModule(config: JejakConfig): DynamicModule {
  const options = { masterKey: config.masterKey, url: config.appDatabaseUrl };
  return {
    module: EventStoreModule,
    global: true,
    providers: [{ provide: EVENT_STORE, useFactory: () => withPersonalData(createAdapter(config), options) }],
    exports: [EVENT_STORE],
  };
}
