import { Permission, authorize } from '@jejak/access';
import { CommandMetadata, EventStore, fold } from '@jejak/eventstore';
import { commandMetadataFromContext } from '@jejak/http';
import type { AuthenticatedAccount } from '@jejak/identity';
import { agencyDecider, agencyStream } from '@jejak/tenancy';
import { UnknownAgency } from './domain/agreement.errors';

/**
 * The metadata of an agreement command sent over HTTP, once the caller may send it: `authorize`
 * finds the post granting `permission` in the agency (403 when none does), and that post — with
 * the acting appointment, when it is held as Plt./Plh. — is the actor's post on the events.
 */
export function authorizedMetadata(
  caller: AuthenticatedAccount,
  permission: Permission,
  scope: { readonly tenant: string; readonly agency: string },
  extra: Partial<CommandMetadata> = {},
): CommandMetadata {
  const now = new Date();
  const principal = { platformAdmin: caller.platformAdmin, posts: caller.posts, post: caller.post };
  const granting = authorize(principal, permission, { agency: scope.agency }, now);
  const actor = { account: caller.account, name: caller.name };
  const acting = granting?.acting ? { acting: granting.post } : {};
  return commandMetadataFromContext({
    tenantId: scope.tenant,
    now,
    ...extra,
    // The platform administrator acts through no post.
    actor: granting ? { ...actor, post: granting.post, ...acting } : actor,
  });
}

/** Refuses an agency the tenant does not have (404), read from tenancy's agency stream. */
export async function assertAgencyExists(store: EventStore, tenant: string, agency: string): Promise<void> {
  const state = fold(agencyDecider, await store.readStream(agencyStream(tenant, agency)));
  if (state.status === 'absent') throw new UnknownAgency(agency);
}
