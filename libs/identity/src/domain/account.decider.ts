import { Command, Decider, unreachable } from '@jejak/eventstore';
import { AccountAlreadyDisabled, AccountAlreadyExists, AccountNotFound } from './account.errors';
import { AccountCreated, AccountDisabled, AccountEvent, PostAssigned, PostHolding } from './account.events';

export type CreateAccount = Command<'CreateAccount', AccountCreated['data']>;
export type DisableAccount = Command<'DisableAccount', { readonly accountId: string }>;
export type AssignPost = Command<'AssignPost', PostAssigned['data']>;
export type AccountCommand = CreateAccount | DisableAccount | AssignPost;

export type AccountState =
  | { readonly status: 'none' }
  | {
      readonly status: 'active' | 'disabled';
      readonly accountId: string;
      readonly posts: readonly PostHolding[];
    };

export const initialState = (): AccountState => ({ status: 'none' });

/** Two holdings are the same when every part is; an absent `acting` is not acting. */
export function sameHolding(a: PostHolding, b: PostHolding): boolean {
  const parts = (h: PostHolding) =>
    [h.post, h.agency, h.unit, h.role, h.acting ?? false, h.from, h.to].map((part) => part ?? null);
  return JSON.stringify(parts(a)) === JSON.stringify(parts(b));
}

export function create(command: CreateAccount, state: AccountState): AccountCreated[] {
  if (state.status !== 'none') throw new AccountAlreadyExists(command.data.accountId);
  return [{ type: 'AccountCreated', data: command.data }];
}

export function disable(command: DisableAccount, state: AccountState): AccountDisabled[] {
  if (state.status === 'none') throw new AccountNotFound(command.data.accountId);
  if (state.status === 'disabled') throw new AccountAlreadyDisabled(command.data.accountId);
  return [{ type: 'AccountDisabled', data: { accountId: state.accountId } }];
}

/** Holding the very same post already (same dates, same acting) records nothing. */
export function assignPost(command: AssignPost, state: AccountState): PostAssigned[] {
  if (state.status === 'none') throw new AccountNotFound(command.data.accountId);
  const { holding } = command.data;
  if (state.posts.some((held) => sameHolding(held, holding))) return [];
  return [{ type: 'PostAssigned', data: { accountId: state.accountId, holding } }];
}

export function decide(command: AccountCommand, state: AccountState): AccountEvent[] {
  switch (command.type) {
    case 'CreateAccount':
      return create(command, state);
    case 'DisableAccount':
      return disable(command, state);
    case 'AssignPost':
      return assignPost(command, state);
    default:
      return unreachable(command, 'account command');
  }
}

export function evolve(state: AccountState, event: AccountEvent): AccountState {
  switch (event.type) {
    case 'AccountCreated':
      return { status: 'active', accountId: event.data.accountId, posts: event.data.posts };
    case 'AccountDisabled':
      return state.status === 'none' ? state : { ...state, status: 'disabled' };
    case 'PostAssigned':
      return state.status === 'none' ? state : { ...state, posts: [...state.posts, event.data.holding] };
    default:
      return unreachable(event, 'account event');
  }
}

export const accountDecider: Decider<AccountState, AccountCommand, AccountEvent> = {
  decide,
  evolve,
  initialState,
};
