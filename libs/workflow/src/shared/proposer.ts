import { AccessScope, Permission, authorize } from '@jejak/access';
import { CommandMetadata } from '@jejak/eventstore';
import type { AuthenticatedAccount } from '@jejak/identity';
import { WorkflowActor } from '../domain/workflow.events';

/**
 * The official proposing a change: they must be allowed to make it themselves (`authorize`, 403
 * when no post grants it), and the granting post — with its acting flag — is the one they submit in.
 */
export function proposer(
  caller: AuthenticatedAccount,
  permission: Permission,
  scope: AccessScope,
  metadata: CommandMetadata,
): { readonly by: WorkflowActor; readonly metadata: CommandMetadata } {
  const granting = authorize(caller, permission, scope, metadata.now);
  const by = {
    account: caller.account,
    name: caller.name,
    post: granting?.post ?? null,
    acting: granting?.acting === true,
  };
  const actor = {
    account: caller.account,
    name: caller.name,
    ...(granting ? { post: granting.post, ...(granting.acting ? { acting: granting.post } : {}) } : {}),
  };
  return { by, metadata: { ...metadata, actor } };
}
