import { EventStore, RecordedEvent } from '@jejak/eventstore';
import { PersonalDataCipher, PersonalDataEventStore } from '@jejak/privacy';

/**
 * Opens the personal data (UU PDP) of events read around the port — the audit trail's SQL — as
 * the port's own reads do: names to their plain value, or "[dihapus]" once a person's key is
 * erased. With a store that encrypts nothing, the events are already plain.
 */
export function revealPersonalData(
  store: EventStore,
  events: readonly RecordedEvent[],
): Promise<RecordedEvent[]> {
  if (!(store instanceof PersonalDataEventStore)) return Promise.resolve([...events]);
  return new PersonalDataCipher(store.vault, store.ids).reveal(events);
}
