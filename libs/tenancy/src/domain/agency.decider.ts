import { Command, Decider, unreachable } from '@jejak/eventstore';
import { AgencyAlreadyExists } from './tenancy.errors';
import { AgencyCreated } from './tenancy.events';

export interface CreateAgencyData {
  readonly tenantId: string;
  readonly agencyId: string;
  readonly name: string;
  readonly shortName: string | null;
}

export type CreateAgency = Command<'CreateAgency', CreateAgencyData>;
export type AgencyCommand = CreateAgency;
export type AgencyEvent = AgencyCreated;

export type AgencyState =
  | { readonly status: 'absent' }
  | {
      readonly status: 'active';
      readonly agencyId: string;
      readonly name: string;
      readonly shortName: string | null;
    };

export const initialState = (): AgencyState => ({ status: 'absent' });

/** The tenant's existence is checked by the handler (another stream), with `assertTenantExists`. */
export function createAgency(command: CreateAgency, state: AgencyState): AgencyEvent[] {
  const { tenantId, agencyId, name, shortName } = command.data;
  if (state.status !== 'absent') throw new AgencyAlreadyExists(tenantId, agencyId);
  return [{ type: 'AgencyCreated', data: { tenantId, agencyId, name, shortName } }];
}

export function decide(command: AgencyCommand, state: AgencyState): AgencyEvent[] {
  switch (command.type) {
    case 'CreateAgency':
      return createAgency(command, state);
    default:
      return unreachable(command.type, 'agency command');
  }
}

export function evolve(state: AgencyState, event: AgencyEvent): AgencyState {
  switch (event.type) {
    case 'AgencyCreated':
      return {
        status: 'active',
        agencyId: event.data.agencyId,
        name: event.data.name,
        shortName: event.data.shortName,
      };
    default:
      return unreachable(event.type, 'agency event');
  }
}

export const agencyDecider: Decider<AgencyState, AgencyCommand, AgencyEvent> = {
  decide,
  evolve,
  initialState,
};
