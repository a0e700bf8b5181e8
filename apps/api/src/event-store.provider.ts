import { Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { JejakConfig } from '@jejak/config';
import {
  createKurrentDbEventStore,
  createPostgresEventStore,
  EVENT_STORE,
  EventStore,
} from '@jejak/eventstore';
import { withPersonalData } from '@jejak/privacy';

/** The configured adapter: PostgreSQL as the app role (default), or KurrentDB when EVENT_STORE=kurrentdb. */
function createAdapter(config: JejakConfig): EventStore {
  if (config.eventStore === 'kurrentdb') {
    if (!config.eventStoreUrl) throw new Error('EVENT_STORE=kurrentdb needs EVENTSTORE_URL');
    return createKurrentDbEventStore(config.eventStoreUrl);
  }
  return createPostgresEventStore({ url: config.appDatabaseUrl });
}

/** The adapter behind personal-data encryption (@jejak/privacy): names and NIPs reach the log encrypted. */
export function createEventStore(config: JejakConfig): EventStore {
  return withPersonalData(createAdapter(config), { masterKey: config.masterKey, url: config.appDatabaseUrl });
}

/** Provides {@link EVENT_STORE} to every module of the API, and closes it on shutdown. */
@Global()
@Module({})
export class EventStoreModule implements OnApplicationShutdown {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  static forRoot(config: JejakConfig) {
    return {
      module: EventStoreModule,
      providers: [{ provide: EVENT_STORE, useFactory: () => createEventStore(config) }],
      exports: [EVENT_STORE],
    };
  }

  onApplicationShutdown(): Promise<void> {
    return this.store.close();
  }
}
