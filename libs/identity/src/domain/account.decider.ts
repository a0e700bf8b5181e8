import { Command, Decider, unreachable } from '@jejak/eventstore';
import { AccountAlreadyDisabled, AccountAlreadyExists, AccountNotFound } from './account.errors';
import { AccountCreated, AccountDisabled, AccountEvent } from './account.events';

export type CreateAccount = Command<'CreateAccount', AccountCreated['data']>;
export type DisableAccount = Command<'DisableAccount', { readonly accountId: string }>;
export type AccountCommand = CreateAccount | DisableAccount;

export type AccountState =
  { readonly status: 'none' } | { readonly status: 'active' | 'disabled'; readonly accountId: string };

export const initialState = (): AccountState => ({ status: 'none' });

export function create(command: CreateAccount, state: AccountState): AccountCreated[] {
  if (state.status !== 'none') throw new AccountAlreadyExists(command.data.accountId);
  return [{ type: 'AccountCreated', data: command.data }];
}

export function disable(command: DisableAccount, state: AccountState): AccountDisabled[] {
  if (state.status === 'none') throw new AccountNotFound(command.data.accountId);
  if (state.status === 'disabled') throw new AccountAlreadyDisabled(command.data.accountId);
  return [{ type: 'AccountDisabled', data: { accountId: state.accountId } }];
}

export function decide(command: AccountCommand, state: AccountState): AccountEvent[] {
  switch (command.type) {
    case 'CreateAccount':
      return create(command, state);
    case 'DisableAccount':
      return disable(command, state);
    default:
      return unreachable(command, 'account command');
  }
}

export function evolve(state: AccountState, event: AccountEvent): AccountState {
  switch (event.type) {
    case 'AccountCreated':
      return { status: 'active', accountId: event.data.accountId };
    case 'AccountDisabled':
      return state.status === 'none' ? state : { ...state, status: 'disabled' };
    default:
      return unreachable(event, 'account event');
  }
}

export const accountDecider: Decider<AccountState, AccountCommand, AccountEvent> = {
  decide,
  evolve,
  initialState,
};
