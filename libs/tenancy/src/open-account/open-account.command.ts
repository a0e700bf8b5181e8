import { Command as CommandOf, CommandMetadata } from '@jejak/eventstore';
import { AccountView } from '@jejak/identity';
import { Command } from '@nestjs/cqrs';
import { PostAssignment } from '../domain/post.decider';

export interface OpenAccountData {
  readonly tenantId: string;
  readonly email: string;
  readonly displayName: string;
  /** Hashed by identity; never part of an event. */
  readonly password: string;
  readonly posts: readonly PostAssignment[];
}

export type OpenAccount = CommandOf<'OpenAccount', OpenAccountData>;

/** The account opened, with its stream's revision (the ETag). */
export type OpenAccountResult = AccountView & { readonly revision: number | undefined };

/** An official's account, holding posts of the tenant, opened by its administrator. */
export class OpenAccountCommand extends Command<OpenAccountResult> implements OpenAccount {
  readonly type = 'OpenAccount' as const;

  constructor(
    readonly data: OpenAccountData,
    readonly metadata: CommandMetadata,
  ) {
    super();
  }
}
