import type { AuthenticatedAccount } from '@jejak/identity';
import { Query } from '@nestjs/cqrs';
import { WorkflowView } from './workflow.view';

/** One submission, for its submitter, the holders of its chain's posts, and the inspectorate. */
export class GetWorkflowQuery extends Query<WorkflowView> {
  constructor(
    readonly tenantId: string,
    readonly workflowId: string,
    readonly caller: Pick<AuthenticatedAccount, 'account' | 'platformAdmin' | 'posts'>,
  ) {
    super();
  }
}
