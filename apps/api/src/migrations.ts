import { Migration } from '@jejak/database';

/** Every migration of every context, in the order they run. */
export const ALL_MIGRATIONS: Migration[] = [];
