import type { PostHolding } from '../domain/account.events';

/** The claims of a Jejak access token (JWT, HS256). */
export interface TokenClaims {
  /** The account id. */
  readonly sub: string;
  /** The account's tenant; null for a platform administrator. */
  readonly tenant: string | null;
  readonly posts: readonly PostHolding[];
  /** Platform administrator. */
  readonly adm: boolean;
  /** Display name, for the actor recorded on events. */
  readonly name: string;
}

/** Who made the current request, as the auth guard established it. */
export interface AuthenticatedAccount {
  readonly account: string;
  readonly name: string;
  readonly tenant: string | null;
  readonly posts: readonly PostHolding[];
  readonly platformAdmin: boolean;
  /** The post acted in: the one named by `X-Jejak-Post`, or the only one held. */
  readonly post?: string;
}
