import { Migration } from '@jejak/database';
import { EventStore1760000000100 } from '@jejak/eventstore';
import { IdempotencyKeys1760000000210 } from '@jejak/http';
import { Accounts1760000000200 } from '@jejak/identity';
import { ProjectionCheckpoints1760000000300 } from '@jejak/projections';
import { TenantDirectory1760000000310 } from '@jejak/tenancy';

/** Every migration of every context, in the order they run. */
export const ALL_MIGRATIONS: Migration[] = [
  EventStore1760000000100,
  Accounts1760000000200,
  IdempotencyKeys1760000000210,
  ProjectionCheckpoints1760000000300,
  TenantDirectory1760000000310,
];
