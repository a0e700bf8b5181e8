// Only the adapter's door: its helpers (canonical JSON, per-stream chain) stay inside, so they
// never clash with the PostgreSQL adapter's names in the library's index.
export {
  KurrentDbEventStore,
  OutboxNotSupportedError,
  createKurrentDbEventStore,
} from './kurrentdb-event-store';
