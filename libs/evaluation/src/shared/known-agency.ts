import { EventStore, fold } from '@jejak/eventstore';
import { UnknownAgency, agencyDecider, agencyStream } from '@jejak/tenancy';

/**
 * Refuses an agency the tenant does not have (404, tenancy's `UnknownAgency`), read from
 * tenancy's agency stream through its public decider: never through its tables.
 */
export async function assertAgencyExists(store: EventStore, tenantId: string, agency: string): Promise<void> {
  const state = fold(agencyDecider, await store.readStream(agencyStream(tenantId, agency)));
  if (state.status === 'absent') throw new UnknownAgency(tenantId, agency);
}
