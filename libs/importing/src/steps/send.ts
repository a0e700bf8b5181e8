import { Command, Decider, DomainEvent, EventStore, fold, handleCommand } from '@jejak/eventstore';
import {
  agencyDecider,
  agencyStream,
  assertAgencyExists,
  assertTenantExists,
  tenantDecider,
  tenantStream,
} from '@jejak/tenancy';

/**
 * What each context's handler does with a command, against the store given (the dry run's
 * staging store): load, fold, decide, append. The contexts export their deciders and stream
 * names, not their handlers, so the importer sends through these; the checks a handler makes on
 * other streams (the tenant, the agency) are made here the same way, with tenancy's rules.
 */
export async function sendTo<S, C extends Command, E extends DomainEvent>(
  store: EventStore,
  stream: string,
  decider: Decider<S, C, E>,
  command: C,
): Promise<void> {
  await handleCommand(store, { stream, decider, command });
}

export async function tenantState(store: EventStore, tenant: string) {
  return fold(tenantDecider, await store.readStream(tenantStream(tenant)));
}

export async function agencyState(store: EventStore, tenant: string, agency: string) {
  return fold(agencyDecider, await store.readStream(agencyStream(tenant, agency)));
}

/** Refuses, with tenancy's errors, a command for a tenant that does not exist. */
export async function requireTenant(store: EventStore, tenant: string): Promise<void> {
  assertTenantExists(await tenantState(store, tenant), tenant);
}

/** Refuses, with tenancy's errors, a command for an agency that does not exist. */
export async function requireAgency(store: EventStore, tenant: string, agency: string): Promise<void> {
  assertAgencyExists(await agencyState(store, tenant, agency), tenant, agency);
}
