import { EVENT_STORE, EventStore, fold, revisionOf } from '@jejak/eventstore';
import { assertTenantExists, tenantDecider, tenantStream } from '@jejak/tenancy';
import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { approvalChainDecider, approvalChains } from '../domain/approval-chain.decider';
import { approvalChainsStream } from '../domain/workflow.events';
import { ApprovalChainsView, ListApprovalChainsQuery } from './approval-chains.query';

/** Folds the tenant's approval-chains stream: a handful of events, no read model needed. */
@QueryHandler(ListApprovalChainsQuery)
export class ListApprovalChainsHandler implements IQueryHandler<ListApprovalChainsQuery> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ tenantId }: ListApprovalChainsQuery): Promise<ApprovalChainsView> {
    assertTenantExists(fold(tenantDecider, await this.store.readStream(tenantStream(tenantId))), tenantId);
    const events = await this.store.readStream(approvalChainsStream(tenantId));
    const state = fold(approvalChainDecider, events);
    return { tenant: tenantId, revision: revisionOf(events), items: approvalChains(state) };
  }
}
