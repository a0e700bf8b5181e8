import { Command, Decider, unreachable } from '@jejak/eventstore';
import { AgencyAlreadyExists, UnitAlreadyExists, UnknownAgency, UnknownUnit } from './tenancy.errors';
import { AgencyCreated, UnitCreated } from './tenancy.events';

export interface CreateAgencyData {
  readonly tenantId: string;
  readonly agencyId: string;
  readonly name: string;
  readonly shortName: string | null;
}

export type CreateUnitData = UnitCreated['data'];

export type CreateAgency = Command<'CreateAgency', CreateAgencyData>;
export type CreateUnit = Command<'CreateUnit', CreateUnitData>;
export type AgencyCommand = CreateAgency | CreateUnit;
export type AgencyEvent = AgencyCreated | UnitCreated;

export interface UnitState {
  readonly name: string;
  readonly parentUnitId: string | null;
}

export type AgencyState =
  | { readonly status: 'absent' }
  | {
      readonly status: 'active';
      readonly agencyId: string;
      readonly name: string;
      readonly shortName: string | null;
      /** By unit code; a Map, so a code like "constructor" is just a code. */
      readonly units: ReadonlyMap<string, UnitState>;
    };

export const initialState = (): AgencyState => ({ status: 'absent' });

/** The tenant's existence is checked by the handler (another stream), with `assertTenantExists`. */
export function createAgency(command: CreateAgency, state: AgencyState): AgencyEvent[] {
  const { tenantId, agencyId, name, shortName } = command.data;
  if (state.status !== 'absent') throw new AgencyAlreadyExists(tenantId, agencyId);
  return [{ type: 'AgencyCreated', data: { tenantId, agencyId, name, shortName } }];
}

/**
 * A unit's code is unique in its agency; its parent is a unit created before it, so the units
 * form a tree. Creating a unit exactly as it exists records nothing (a re-imported document).
 */
export function createUnit(command: CreateUnit, state: AgencyState): AgencyEvent[] {
  const { tenantId, agencyId, unitId, name, parentUnitId } = command.data;
  if (state.status === 'absent') throw new UnknownAgency(tenantId, agencyId);
  const existing = state.units.get(unitId);
  if (existing) {
    if (existing.name === name && existing.parentUnitId === parentUnitId) return [];
    throw new UnitAlreadyExists(agencyId, unitId);
  }
  if (parentUnitId !== null && !state.units.has(parentUnitId))
    throw new UnknownUnit(agencyId, parentUnitId, 'parent');
  return [{ type: 'UnitCreated', data: { tenantId, agencyId, unitId, name, parentUnitId } }];
}

export function decide(command: AgencyCommand, state: AgencyState): AgencyEvent[] {
  switch (command.type) {
    case 'CreateAgency':
      return createAgency(command, state);
    case 'CreateUnit':
      return createUnit(command, state);
    default:
      return unreachable(command, 'agency command');
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
        units: new Map(),
      };
    case 'UnitCreated': {
      if (state.status === 'absent') return state;
      const { unitId, name, parentUnitId } = event.data;
      return { ...state, units: new Map(state.units).set(unitId, { name, parentUnitId }) };
    }
    default:
      return unreachable(event, 'agency event');
  }
}

export const agencyDecider: Decider<AgencyState, AgencyCommand, AgencyEvent> = {
  decide,
  evolve,
  initialState,
};

/** A rule other streams' handlers check (a post sits in an agency): refuses an absent agency. */
export function assertAgencyExists(
  state: AgencyState,
  tenantId: string,
  agencyId: string,
  field?: string,
): void {
  if (state.status === 'absent') throw new UnknownAgency(tenantId, agencyId, field);
}
