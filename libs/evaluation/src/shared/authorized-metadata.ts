import { AccessScope, Permission, authorize } from '@jejak/access';
import { CommandMetadata } from '@jejak/eventstore';
import { commandMetadataFromContext } from '@jejak/http';
import { AuthenticatedAccount } from '@jejak/identity';

/**
 * The metadata of a command the caller may send: refuses with 403 (`ACCESS.DENIED`) unless one of
 * their posts grants `permission` in `scope` today, and records that post as the one acted in.
 * The platform administrator acts through no post.
 */
export function authorizedMetadata(
  actor: AuthenticatedAccount,
  permission: Permission,
  scope: AccessScope,
  extra: Partial<CommandMetadata>,
): CommandMetadata {
  const metadata = commandMetadataFromContext(extra);
  const granting = authorize(actor, permission, scope, metadata.now);
  if (granting === null) return metadata;
  const acting = granting.acting ? { acting: granting.post } : {};
  return { ...metadata, actor: { account: actor.account, name: actor.name, post: granting.post, ...acting } };
}

/** A fact dated by the caller (`occurredOn`, a date) takes effect at the start of that day; else now. */
export const occurredAtOf = (occurredOn: string | undefined): Partial<CommandMetadata> =>
  occurredOn === undefined ? {} : { occurredAt: `${occurredOn}T00:00:00.000Z` };
