import { CommandMetadata } from '@jejak/eventstore';
import { AccountAlreadyDisabled, AccountAlreadyExists, AccountNotFound } from './account.errors';
import { AccountCreated } from './account.events';
import { AccountCommand, AccountState, decide, evolve, initialState } from './account.decider';

const metadata: CommandMetadata = {
  tenantId: 'kota-dumai',
  now: new Date('2024-01-02T03:04:05Z'),
  commandId: 'c1',
  source: 'api',
};
const created: AccountCreated = {
  type: 'AccountCreated',
  data: { accountId: 'a1', email: 'kepala@dumai.go.id', displayName: 'Kepala', posts: [] },
};
const given = (...events: Parameters<typeof evolve>[1][]): AccountState =>
  events.reduce(evolve, initialState());
const when = (command: Omit<AccountCommand, 'metadata'>) => ({ ...command, metadata }) as AccountCommand;

describe('an account', () => {
  it('is created once, with the data it was opened with', () => {
    expect(decide(when({ type: 'CreateAccount', data: created.data }), given())).toEqual([created]);
  });

  it('refuses to be created twice', () => {
    expect(() => decide(when({ type: 'CreateAccount', data: created.data }), given(created))).toThrow(
      AccountAlreadyExists,
    );
  });

  it('can be disabled once', () => {
    const disable = when({ type: 'DisableAccount', data: { accountId: 'a1' } });
    expect(decide(disable, given(created))).toEqual([{ type: 'AccountDisabled', data: { accountId: 'a1' } }]);
    expect(() =>
      decide(disable, given(created, { type: 'AccountDisabled', data: { accountId: 'a1' } })),
    ).toThrow(AccountAlreadyDisabled);
  });

  it('that does not exist cannot be disabled', () => {
    expect(() => decide(when({ type: 'DisableAccount', data: { accountId: 'a1' } }), given())).toThrow(
      AccountNotFound,
    );
  });
});
