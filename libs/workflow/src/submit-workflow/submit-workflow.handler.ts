import { EVENT_STORE, EventStore, fold } from '@jejak/eventstore';
import { UnknownAgency, agencyDecider, agencyStream } from '@jejak/tenancy';
import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ChangeRegistry } from '../changes/change-registry';
import { approvalChainDecider, chainFor } from '../domain/approval-chain.decider';
import { SubmitForApproval } from '../domain/workflow.decider';
import { StepWithoutPost } from '../domain/workflow.errors';
import { approvalChainsStream } from '../domain/workflow.events';
import { TenantPosts } from '../shared/tenant-posts';
import { decideAndAppend, loadWorkflow } from '../shared/workflow-stream';
import { WorkflowReader } from '../workflow-details/workflow-reader';
import { SubmitWorkflowCommand, SubmitWorkflowResult } from './submit-workflow.command';

@CommandHandler(SubmitWorkflowCommand)
export class SubmitWorkflowHandler implements ICommandHandler<SubmitWorkflowCommand> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly registry: ChangeRegistry,
    private readonly posts: TenantPosts,
    private readonly reader: WorkflowReader,
  ) {}

  async execute(command: SubmitWorkflowCommand): Promise<SubmitWorkflowResult> {
    const { data, metadata } = command;
    const tenant = metadata.tenantId;
    const agency = fold(agencyDecider, await this.store.readStream(agencyStream(tenant, data.agency)));
    if (agency.status === 'absent') throw new UnknownAgency(tenant, data.agency, 'agency');
    const chain = chainFor(
      fold(approvalChainDecider, await this.store.readStream(approvalChainsStream(tenant))),
      data.documentType,
    );
    const postsOfSteps = await this.posts.ofChain(tenant, chain, data);
    postsOfSteps.forEach((posts, i) => {
      if (posts.length === 0) throw new StepWithoutPost(i, chain[i].name);
    });
    await this.registry.dryRun(this.store, tenant, data.change, metadata);
    const loaded = await loadWorkflow(this.store, tenant, data.workflowId);
    const submit: SubmitForApproval = { type: 'SubmitForApproval', data: { ...data, chain }, metadata };
    const { events } = await decideAndAppend(this.store, loaded, submit);
    return { ...(await this.reader.read(tenant, data.workflowId)), recorded: events.length > 0 };
  }
}
