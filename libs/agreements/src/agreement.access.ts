import { EventStore, fold } from '@jejak/eventstore';
import { agencyDecider, agencyStream } from '@jejak/tenancy';
import { UnknownAgency } from './domain/agreement.errors';

/** Refuses an agency the tenant does not have (404), read from tenancy's agency stream. */
export async function assertAgencyExists(store: EventStore, tenant: string, agency: string): Promise<void> {
  const state = fold(agencyDecider, await store.readStream(agencyStream(tenant, agency)));
  if (state.status === 'absent') throw new UnknownAgency(agency);
}
