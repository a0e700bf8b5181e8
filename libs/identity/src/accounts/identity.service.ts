import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { asPlatform, inTenantEntityTransaction, requestContext } from '@jejak/database';
import {
  CommandMetadata,
  EVENT_STORE,
  EventStore,
  handleCommand,
  newId,
  revisionOf,
  uuidV5,
} from '@jejak/eventstore';
import { DataSource, EntityManager } from 'typeorm';
import { accountDecider } from '../domain/account.decider';
import { AccountAlreadyExists, AccountNotFound, EmailAlreadyRegistered } from '../domain/account.errors';
import { accountStream, PostHolding } from '../domain/account.events';
import { IDENTITY_OPTIONS, IdentityOptions } from '../identity.options';
import { AccountEntity } from './account.entity';
import { AccountView, accountView } from './account.view';
import { hashPassword, passwordMatches, verifyDecoy } from './password';

export interface NewAccount {
  /** Null makes a platform administrator (only in a platform session). */
  readonly tenantId: string | null;
  readonly email: string;
  readonly displayName: string;
  readonly password: string;
  readonly posts?: readonly PostHolding[];
}

/** An account with the revision of its stream (none for a platform administrator). */
export interface AccountWithRevision {
  readonly account: AccountView;
  readonly revision?: number;
}

export const normalizeEmail = (email: string): string => email.trim().toLowerCase();

/**
 * Accounts and passwords. A tenant account's life is also told as events on
 * `{tenant}/account-{id}`; the row and the event are written in one database transaction
 * (the event appended before the row commits, so a refused row leaves no event).
 */
@Injectable()
export class IdentityService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Identity');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(IDENTITY_OPTIONS) private readonly options: IdentityOptions,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.bootstrapPlatformAdmin();
  }

  /**
   * Creates the account. With `metadata` (an API command) the account id derives from the
   * command id, so a retried request names the same account and the same event.
   */
  async createAccount(input: NewAccount, metadata?: CommandMetadata): Promise<AccountWithRevision> {
    const id = metadata ? uuidV5(`account|${metadata.commandId}`) : newId();
    const passwordHash = await hashPassword(input.password);
    const row: AccountEntity = Object.assign(new AccountEntity(), {
      id,
      tenantId: input.tenantId,
      email: normalizeEmail(input.email),
      displayName: input.displayName,
      passwordHash,
      platformAdmin: input.tenantId === null,
      posts: [...(input.posts ?? [])],
      createdAt: new Date(),
      disabled: false,
    });
    return inTenantEntityTransaction(this.dataSource, async (manager) => {
      await insertAccount(manager, row);
      if (row.tenantId === null) return { account: accountView(row) };
      const { nextExpectedRevision } = await handleCommand(this.store, {
        stream: accountStream(row.tenantId, id),
        decider: accountDecider,
        command: {
          type: 'CreateAccount',
          data: { accountId: id, email: row.email, displayName: row.displayName, posts: row.posts },
          metadata: metadata ?? systemMetadata(row.tenantId, `create-account|${id}`),
        },
      });
      return { account: accountView(row), revision: nextExpectedRevision };
    });
  }

  /** The account if the current context may see it (row-level security), with its revision. */
  async findAccount(accountId: string): Promise<AccountWithRevision> {
    const row = await inTenantEntityTransaction(this.dataSource, (manager) =>
      manager.findOneBy(AccountEntity, { id: accountId }),
    );
    if (!row) throw new AccountNotFound(accountId);
    if (row.tenantId === null) return { account: accountView(row) };
    return {
      account: accountView(row),
      revision: revisionOf(await this.store.readStream(accountStream(row.tenantId, row.id))),
    };
  }

  /** Disables a tenant account; `expectedRevision` is the revision the client saw (If-Match). */
  async disableAccount(
    tenantId: string,
    accountId: string,
    expectedRevision: number | undefined,
    metadata: CommandMetadata,
  ): Promise<AccountWithRevision> {
    return inTenantEntityTransaction(this.dataSource, async (manager) => {
      const row = await manager.findOneBy(AccountEntity, { id: accountId, tenantId });
      if (!row) throw new AccountNotFound(accountId);
      // The row first: a refused or conflicting append then rolls it back.
      await manager.update(AccountEntity, { id: accountId }, { disabled: true });
      const { nextExpectedRevision } = await handleCommand(this.store, {
        stream: accountStream(tenantId, accountId),
        decider: accountDecider,
        command: { type: 'DisableAccount', data: { accountId }, metadata },
        expectedRevision,
      });
      return { account: accountView({ ...row, disabled: true }), revision: nextExpectedRevision };
    });
  }

  /**
   * Gives a tenant account a further post, so that its next token carries it; a post it holds
   * already, with the same dates, changes nothing. `expectedRevision` is the If-Match seen.
   */
  async assignPost(
    tenantId: string,
    accountId: string,
    holding: PostHolding,
    expectedRevision: number | undefined,
    metadata: CommandMetadata,
  ): Promise<AccountWithRevision> {
    return inTenantEntityTransaction(this.dataSource, async (manager) => {
      const row = await manager.findOneBy(AccountEntity, { id: accountId, tenantId });
      if (!row) throw new AccountNotFound(accountId);
      const { nextExpectedRevision, state } = await handleCommand(this.store, {
        stream: accountStream(tenantId, accountId),
        decider: accountDecider,
        command: { type: 'AssignPost', data: { accountId, holding }, metadata },
        expectedRevision,
      });
      // The row takes the stream's posts: a retry after a lost row update mends it.
      const posts = state.status === 'none' ? row.posts : [...state.posts];
      await manager.update(AccountEntity, { id: accountId }, { posts });
      return { account: accountView({ ...row, posts }), revision: nextExpectedRevision };
    });
  }

  /**
   * The account that `email` and `password` sign in to, or undefined — the same for an unknown
   * email, a wrong password and a disabled account, and in about the same time.
   */
  async verifyPassword(email: string, password: string): Promise<AccountView | undefined> {
    const row = await this.findForSignIn(email);
    if (!row) return verifyDecoy(password).then(() => undefined);
    const matches = await passwordMatches(row.passwordHash, password);
    return matches && !row.disabled ? accountView(row) : undefined;
  }

  /** Makes the configured platform administrator if no account has that email; safe to repeat. */
  async bootstrapPlatformAdmin(): Promise<AccountView | undefined> {
    const { adminEmail, adminPassword } = this.options;
    if (!adminEmail || !adminPassword) return undefined;
    const existing = await this.findForSignIn(adminEmail);
    if (existing) {
      if (!existing.platformAdmin)
        this.logger.warn(`JEJAK_ADMIN_EMAIL ${adminEmail} belongs to a tenant account`);
      return accountView(existing);
    }
    try {
      const created = await asPlatform(() =>
        this.createAccount({
          tenantId: null,
          email: adminEmail,
          displayName: 'Platform administrator',
          password: adminPassword,
        }),
      );
      this.logger.log(`created the platform administrator ${created.account.email}`);
      return created.account;
    } catch (error) {
      if (error instanceof EmailAlreadyRegistered) return undefined; // another instance made it first
      throw error;
    }
  }

  /**
   * Sign-in happens before any tenant is known, so the lookup by email runs as the platform:
   * one narrow query, by a unique email, whose hash never leaves this service. (A SECURITY
   * DEFINER function would add no real barrier, since the app role may set the platform flag
   * itself, and it would rely on its owner bypassing the forced row-level security.)
   */
  private findForSignIn(email: string): Promise<AccountEntity | null> {
    return asPlatform(() =>
      inTenantEntityTransaction(this.dataSource, (manager) =>
        manager
          .createQueryBuilder(AccountEntity, 'account')
          .addSelect('account.passwordHash')
          .where('lower(account.email) = :email', { email: normalizeEmail(email) })
          .getOne(),
      ),
    );
  }
}

async function insertAccount(manager: EntityManager, row: AccountEntity): Promise<void> {
  try {
    await manager.insert(AccountEntity, row);
  } catch (error) {
    const driverError = (error as { driverError?: { code?: string; constraint?: string } }).driverError;
    if (driverError?.code !== '23505') throw error;
    throw driverError.constraint === 'accounts_pkey'
      ? new AccountAlreadyExists(row.id)
      : new EmailAlreadyRegistered(row.email);
  }
}

/** Metadata of a change the platform makes itself (start-up, tests): actor from the context if any. */
function systemMetadata(tenantId: string, name: string): CommandMetadata {
  const context = requestContext.currentOrAnonymous();
  return {
    tenantId,
    now: new Date(),
    actor: context.actor,
    correlationId: context.correlationId,
    commandId: uuidV5(name),
    source: context.source ?? 'system',
  };
}
