import { CommandMetadata } from '@jejak/eventstore';
import { AccountAlreadyDisabled, AccountAlreadyExists, AccountNotFound } from './account.errors';
import { AccountCreated, PostAssigned } from './account.events';
import { AccountCommand, AccountState, decide, evolve, initialState, sameHolding } from './account.decider';

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

describe('a further post for an account', () => {
  // Kota Dumai's BKPSDM: the Plt. Kepala was also the Sekretaris (DOMAIN.md, "The actors").
  const holding = {
    post: 'kepala-badan',
    agency: 'bkpsdm',
    role: 'head-of-agency',
    acting: true,
    from: '2024-04-01',
    to: '2024-04-30',
  } as const;
  const assign = when({ type: 'AssignPost', data: { accountId: 'a1', holding } });
  const assigned: PostAssigned = { type: 'PostAssigned', data: { accountId: 'a1', holding } };

  it('is assigned, beside the posts the account holds', () => {
    expect(decide(assign, given(created))).toEqual([assigned]);
    expect(given(created, assigned)).toMatchObject({ posts: [holding] });
  });

  it('records nothing when the account holds that very post already', () => {
    expect(decide(assign, given(created, assigned))).toEqual([]);
  });

  it('is the same holding whether `acting: false` is said or left out', () => {
    expect(sameHolding({ post: 'sekretaris', acting: false }, { post: 'sekretaris' })).toBe(true);
    expect(sameHolding({ post: 'sekretaris', to: '2024-12-31' }, { post: 'sekretaris' })).toBe(false);
  });

  it('cannot be assigned to an account that does not exist', () => {
    expect(() => decide(assign, given())).toThrow(AccountNotFound);
  });
});
