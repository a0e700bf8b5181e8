import type { PostRole } from '@jejak/access';
import { DomainEvent } from '@jejak/eventstore';

/**
 * A post an account holds (filled in by tenancy's appointments): the post, where it sits, and
 * whether it is held as an acting appointment (Plt./Plh.), with its dates.
 */
export interface PostHolding {
  readonly post: string;
  readonly agency?: string;
  readonly unit?: string;
  /** The post's role, from its definition in tenancy: what `authorize()` of @jejak/access reads. */
  readonly role?: PostRole;
  readonly acting?: boolean;
  readonly from?: string;
  readonly to?: string;
}

/** A tenant account was opened. Never carries the password hash. Stream: `{tenant}/account-{id}`. */
export type AccountCreated = DomainEvent<
  'AccountCreated',
  {
    readonly accountId: string;
    readonly email: string;
    readonly displayName: string;
    readonly posts: readonly PostHolding[];
  }
>;

/** The account may no longer sign in. */
export type AccountDisabled = DomainEvent<'AccountDisabled', { readonly accountId: string }>;

/** The account was given a further post (tenancy fills it from the post's definition). */
export type PostAssigned = DomainEvent<
  'PostAssigned',
  { readonly accountId: string; readonly holding: PostHolding }
>;

export type AccountEvent = AccountCreated | AccountDisabled | PostAssigned;

export const accountStream = (tenantId: string, accountId: string): string =>
  `${tenantId}/account-${accountId}`;
