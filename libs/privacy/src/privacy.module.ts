import { EVENT_STORE, EventStore } from '@jejak/eventstore';
import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { ErasePersonalDataController } from './erase-personal-data/erase-personal-data.controller';
import { ErasePersonalDataHandler } from './erase-personal-data/erase-personal-data.handler';
import { PersonalDataEventStore } from './personal-data-store/personal-data-event-store';

/** The application's EVENT_STORE, which must be wrapped by `withPersonalData` where it is provided. */
export function personalDataStoreOf(store: EventStore): PersonalDataEventStore {
  if (store instanceof PersonalDataEventStore) return store;
  throw new Error(
    'EVENT_STORE is not wrapped by withPersonalData (@jejak/privacy): personal data would be stored in clear',
  );
}

/**
 * Personal data protection (UU PDP), its HTTP side: erasure of a person and the lookup of a NIP's
 * person id. Needs `EVENT_STORE` (wrapped by `withPersonalData`) and identity's IdentityService
 * from the application. Its projection (`personalDataScrubProjection`) runs in the worker.
 */
@Module({
  imports: [CqrsModule],
  controllers: [ErasePersonalDataController],
  providers: [
    ErasePersonalDataHandler,
    { provide: PersonalDataEventStore, inject: [EVENT_STORE], useFactory: personalDataStoreOf },
  ],
})
export class PrivacyModule {}
