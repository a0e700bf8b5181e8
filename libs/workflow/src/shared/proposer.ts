import { Permission } from '@jejak/access';
import { CommandMetadata } from '@jejak/eventstore';
import { CommandScope, authorizedMetadata } from '@jejak/http';
import type { AuthenticatedAccount } from '@jejak/identity';
import { WorkflowActor } from '../domain/workflow.events';

/**
 * The official proposing a change: they must be allowed to make it themselves (`authorizedMetadata`,
 * 403 when no post grants it), and the granting post — with its acting flag — is the one they submit in.
 */
export function proposer(
  caller: AuthenticatedAccount,
  permission: Permission,
  scope: CommandScope,
): { readonly by: WorkflowActor; readonly metadata: CommandMetadata } {
  const metadata = authorizedMetadata(caller, permission, scope);
  const by = {
    account: caller.account,
    name: caller.name,
    post: metadata.actor?.post ?? null,
    acting: metadata.actor?.acting !== undefined,
  };
  return { by, metadata };
}
