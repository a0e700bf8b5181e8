export * from './event-store.port';
export * from './decider';
export * from './handle-command';
export * from './ids';
export * from './domain-error';
export * from './kurrentdb';
export * from './postgres';
