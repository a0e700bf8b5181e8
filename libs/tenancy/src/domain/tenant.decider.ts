import { Command, Decider, unreachable } from '@jejak/eventstore';
import { UnknownTenant, TenantAlreadyExists } from './tenancy.errors';
import { TenantCreated, TenantKind } from './tenancy.events';

export interface CreateTenantData {
  readonly tenantId: string;
  readonly name: string;
  readonly kind: TenantKind;
  readonly province: string | null;
}

export type CreateTenant = Command<'CreateTenant', CreateTenantData>;
export type TenantCommand = CreateTenant;
export type TenantEvent = TenantCreated;

export type TenantState =
  | { readonly status: 'absent' }
  | {
      readonly status: 'active';
      readonly tenantId: string;
      readonly name: string;
      readonly kind: TenantKind;
    };

export const initialState = (): TenantState => ({ status: 'absent' });

export function createTenant(command: CreateTenant, state: TenantState): TenantEvent[] {
  if (state.status !== 'absent') throw new TenantAlreadyExists(command.data.tenantId);
  const { tenantId, name, kind, province } = command.data;
  return [{ type: 'TenantCreated', data: { tenantId, name, kind, province } }];
}

/** A rule other streams' handlers check (an agency needs its tenant): refuses an absent tenant. */
export function assertTenantExists(state: TenantState, tenantId: string): void {
  if (state.status === 'absent') throw new UnknownTenant(tenantId);
}

export function decide(command: TenantCommand, state: TenantState): TenantEvent[] {
  switch (command.type) {
    case 'CreateTenant':
      return createTenant(command, state);
    default:
      return unreachable(command.type, 'tenant command');
  }
}

export function evolve(state: TenantState, event: TenantEvent): TenantState {
  switch (event.type) {
    case 'TenantCreated':
      return {
        status: 'active',
        tenantId: event.data.tenantId,
        name: event.data.name,
        kind: event.data.kind,
      };
    default:
      return unreachable(event.type, 'tenant event');
  }
}

export const tenantDecider: Decider<TenantState, TenantCommand, TenantEvent> = {
  decide,
  evolve,
  initialState,
};
