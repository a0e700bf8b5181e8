import { AccessScope, Permission, Principal, authorize } from '@jejak/access';
import { CommandMetadata } from '@jejak/eventstore';
import { commandMetadataFromContext } from './command-metadata';

/** Who sends a command over HTTP: identity's `AuthenticatedAccount` is one. */
export interface CommandCaller extends Principal {
  readonly account: string;
  readonly name: string;
}

/** Where the command lands: its tenant (the request's when absent), and the agency and unit it touches. */
export interface CommandScope extends AccessScope {
  readonly tenant?: string;
}

/**
 * The metadata of a command sent by the current HTTP request, once the caller may send it:
 * `authorize` finds the post granting `permission` in `scope` today (403 `ACCESS.DENIED` when
 * none does), and that post — with the acting appointment when held as Plt./Plh. — is the actor's
 * post on the events (posts, not people, carry authority). The platform administrator acts
 * through no post.
 */
export function authorizedMetadata(
  caller: CommandCaller,
  permission: Permission,
  { tenant, ...scope }: CommandScope,
  extra: Partial<CommandMetadata> = {},
): CommandMetadata {
  const metadata = commandMetadataFromContext({
    ...(tenant !== undefined ? { tenantId: tenant } : {}),
    ...extra,
  });
  const granting = authorize(caller, permission, scope, metadata.now);
  const acting = granting?.acting ? { acting: granting.post } : {};
  const post = granting ? { post: granting.post, ...acting } : {};
  return { ...metadata, actor: { account: caller.account, name: caller.name, ...post } };
}
