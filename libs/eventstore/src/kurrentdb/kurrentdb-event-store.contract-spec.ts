import { describeEventStoreContract } from '../testing/event-store.contract';
import { createKurrentDbEventStore } from './kurrentdb-event-store';

// KurrentDB needs a Docker engine these machines lack, so the contract runs only against a
// server named by EVENTSTORE_URL (e.g. `docker compose --profile kurrentdb up kurrentdb`, then
// EVENTSTORE_URL=kurrentdb://localhost:2113?tls=false) and is otherwise skipped, visibly.
const url = process.env.EVENTSTORE_URL;

if (url) {
  describeEventStoreContract('KurrentDB event store', async () => {
    const store = createKurrentDbEventStore(url);
    return { store, close: () => store.close() };
  });
} else {
  describe('KurrentDB event store contract', () => {
    it.skip('skipped: EVENTSTORE_URL is not set', () => undefined);
  });
}
