import { AccessScope, Permission, authorize } from '@jejak/access';
import { CommandMetadata } from '@jejak/eventstore';
import { commandMetadataFromContext } from '@jejak/http';
import type { AuthenticatedAccount } from '@jejak/identity';

/**
 * The metadata of a tenancy command sent over HTTP, once the caller may send it: `authorize`
 * finds the post granting `permission` (403 `ACCESS.DENIED` when none does), and that post — with
 * the acting appointment when held as Plt./Plh. — is the actor's post on the events. The platform
 * administrator acts through no post.
 */
export function authorizedMetadata(
  caller: AuthenticatedAccount,
  permission: Permission,
  scope: AccessScope,
  extra: Partial<CommandMetadata>,
): CommandMetadata {
  const metadata = commandMetadataFromContext(extra);
  const granting = authorize(caller, permission, scope, metadata.now);
  if (granting === null) return metadata;
  const acting = granting.acting ? { acting: granting.post } : {};
  return {
    ...metadata,
    actor: { account: caller.account, name: caller.name, post: granting.post, ...acting },
  };
}
