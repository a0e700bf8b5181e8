export * from './request-context';
export * from './tenant-session';
export * from './migrations';
