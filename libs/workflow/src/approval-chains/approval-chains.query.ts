import { Query } from '@nestjs/cqrs';
import { ApprovalChainView } from '../domain/approval-chain.decider';

export interface ApprovalChainsView {
  readonly tenant: string;
  /** The approval-chains stream's revision (-1: none defined yet); send it as `If-Match` to change one. */
  readonly revision: number;
  readonly items: readonly ApprovalChainView[];
}

/** Every document type's chain: the tenant's, or the default that follows the seeds. */
export class ListApprovalChainsQuery extends Query<ApprovalChainsView> {
  constructor(readonly tenantId: string) {
    super();
  }
}
