/** A post held by an account, as identity's accounts list them (PostHolding). */
export interface Holding {
  readonly post: string;
  readonly acting?: boolean;
  /** ISO dates (inclusive); absent means open. */
  readonly from?: string;
  readonly to?: string;
}

export interface AccountHoldings {
  readonly id: string;
  readonly email: string;
  readonly posts: readonly Holding[];
}

const heldOn = (holding: Holding, day: string): boolean =>
  (!holding.from || holding.from <= day) && (!holding.to || day <= holding.to);

/**
 * The accounts holding any of `posts` on `day` (YYYY-MM-DD): the definitive holders and the
 * acting ones (Plt./Plh.) within their appointment's dates. Each account once, in id order.
 */
export function holdersOn(
  accounts: readonly AccountHoldings[],
  posts: readonly string[],
  day: string,
): AccountHoldings[] {
  return accounts
    .filter((account) =>
      account.posts.some((holding) => posts.includes(holding.post) && heldOn(holding, day)),
    )
    .sort((a, b) => a.id.localeCompare(b.id));
}
