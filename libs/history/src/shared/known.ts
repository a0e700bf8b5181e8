import { EventStore, fold } from '@jejak/eventstore';
import {
  agencyDecider,
  agencyStream,
  assertAgencyExists,
  assertTenantExists,
  tenantDecider,
  tenantStream,
} from '@jejak/tenancy';

/** Refuses a tenant the log does not know (404), read from tenancy's tenant stream. */
export async function assertKnownTenant(store: EventStore, tenant: string): Promise<void> {
  assertTenantExists(fold(tenantDecider, await store.readStream(tenantStream(tenant))), tenant);
}

/** Refuses an agency the tenant does not have (404): known by its stream today, whatever the as-of. */
export async function assertKnownAgency(store: EventStore, tenant: string, agency: string): Promise<void> {
  assertAgencyExists(
    fold(agencyDecider, await store.readStream(agencyStream(tenant, agency))),
    tenant,
    agency,
  );
}
