import { EVENT_STORE, EventStore } from '@jejak/eventstore';
import { Inject, Injectable } from '@nestjs/common';
import { LoadedWorkflow, loadOpenedWorkflow } from '../shared/workflow-stream';
import { TenantPosts } from '../shared/tenant-posts';
import { WorkflowView, workflowView } from './workflow.view';

/** Reads a submission from its stream (not a read model: the instance's own log is small and exact). */
@Injectable()
export class WorkflowReader {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly posts: TenantPosts,
  ) {}

  load(tenant: string, workflowId: string): Promise<LoadedWorkflow> {
    return loadOpenedWorkflow(this.store, tenant, workflowId);
  }

  /** The posts each step waits for, resolved now. */
  async postsOfSteps(tenant: string, loaded: LoadedWorkflow): Promise<string[][]> {
    const submission = loaded.state.submission;
    if (!submission) return [];
    return this.posts.ofChain(tenant, submission.chain, submission);
  }

  async view(tenant: string, loaded: LoadedWorkflow): Promise<WorkflowView> {
    return workflowView(tenant, loaded.state, loaded.events, await this.postsOfSteps(tenant, loaded));
  }

  async read(tenant: string, workflowId: string): Promise<WorkflowView> {
    return this.view(tenant, await this.load(tenant, workflowId));
  }
}
