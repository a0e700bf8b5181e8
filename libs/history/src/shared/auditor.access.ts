import type { HeldPost, PostRole } from '@jejak/access';
import { DomainError } from '@jejak/eventstore';
import type { AuthenticatedAccount } from '@jejak/identity';

/**
 * Who may read the tenant's audit trail and verify its chain: the inspectorate (it reconstructs
 * who changed what, DOMAIN.md "Evaluation and follow-up"), the tenant's administrator of Jejak,
 * and the platform administrator. The trail names every official who acted, so it is theirs to
 * read, not every account's.
 */
export const AUDITOR_ROLES: readonly PostRole[] = ['inspectorate', 'tenant-admin'];

export class NotAnAuditor extends DomainError {
  readonly code = 'ACCESS.DENIED';
  override readonly status: number = 403;
  constructor(what: string) {
    super(`Only the inspectorate, the tenant administrator or the platform administrator may ${what}`);
  }
}

const heldOn = (holding: HeldPost, day: string): boolean =>
  (!holding.from || holding.from <= day) && (!holding.to || day <= holding.to);

/**
 * The post through which the caller audits (null for the platform administrator, who acts
 * through none), or {@link NotAnAuditor} (403). As `authorize` of @jejak/access: a post named in
 * `X-Jejak-Post` is the only one that counts, and it must be held today.
 */
export function auditorPost(caller: AuthenticatedAccount, what: string, at = new Date()): HeldPost | null {
  if (caller.platformAdmin) return null;
  const day = at.toISOString().slice(0, 10);
  const candidates = caller.posts.filter((p) => !caller.post || p.post === caller.post);
  const granting = candidates.find((p) => p.role && AUDITOR_ROLES.includes(p.role) && heldOn(p, day));
  if (!granting) throw new NotAnAuditor(what);
  return granting;
}
