import type { PostHolding } from '../domain/account.events';
import type { AccountEntity } from './account.entity';

/** An account as the API shows it: never the hash. */
export interface AccountView {
  readonly id: string;
  readonly email: string;
  readonly displayName: string;
  /** Null for a platform administrator. */
  readonly tenant: string | null;
  readonly posts: readonly PostHolding[];
  readonly platformAdmin: boolean;
  readonly disabled: boolean;
  readonly createdAt: string;
}

export function accountView(row: AccountEntity): AccountView {
  return {
    id: row.id,
    email: row.email,
    displayName: row.displayName,
    tenant: row.tenantId,
    posts: row.posts,
    platformAdmin: row.platformAdmin,
    disabled: row.disabled,
    createdAt: new Date(row.createdAt).toISOString(),
  };
}
