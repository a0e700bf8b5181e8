export * from './decider-spec';
export * from './in-memory-event-store';
export * from './scratch-database';
export * from './projection-harness';
export * from './recorded-event';
