export * from './postgres-event-store';
export * from './postgres-event-store.module';
export { EventStore1760000000100 } from './migrations/1760000000100-event-store.migration';
