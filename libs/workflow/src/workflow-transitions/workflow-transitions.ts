import { EVENT_STORE, EventStore, WrongExpectedRevisionError } from '@jejak/eventstore';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { applyChangeMessage } from '../apply-change/apply-change.job';
import { WorkflowEffects } from '../apply-change/workflow-effects';
import { ChangeRegistry } from '../changes/change-registry';
import { WorkflowCommand, workflowDecider } from '../domain/workflow.decider';
import { WorkflowEvent } from '../domain/workflow.events';
import {
  LoadedWorkflow,
  assertExpectedRevision,
  decideAndAppend,
  loadWorkflow,
} from '../shared/workflow-stream';
import { WorkflowReader } from '../workflow-details/workflow-reader';
import { WorkflowConflict } from './workflow-conflict';
import { TransitionData, WorkflowTransitionResult } from './workflow-transition.command';

const approves = (events: readonly WorkflowEvent[]) => events.find((e) => e.type === 'SubmissionApproved');

/** The decider's command for a transition, from the submission read and the posts its current step waits for. */
export type BuildCommand = (
  loaded: LoadedWorkflow,
  eligiblePosts: string[],
) => Promise<WorkflowCommand> | WorkflowCommand;

/**
 * The one path of every transition: read the submission, check `If-Match`, resolve the current
 * step's posts (tenancy's posts query), decide, and append at the revision read. The last approval
 * writes the apply-change job in the same append, then applies the change inline.
 */
@Injectable()
export class WorkflowTransitions {
  private readonly logger = new Logger(WorkflowTransitions.name);

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly reader: WorkflowReader,
    private readonly registry: ChangeRegistry,
    private readonly effects: WorkflowEffects,
  ) {}

  async run(
    command: {
      readonly data: TransitionData;
      readonly metadata: WorkflowCommand['metadata'];
      readonly expectedRevision?: number;
    },
    build: BuildCommand,
  ): Promise<WorkflowTransitionResult> {
    const tenant = command.metadata.tenantId;
    const { workflowId } = command.data;
    try {
      return await this.transition(tenant, workflowId, command.expectedRevision, build);
    } catch (error) {
      if (!(error instanceof WrongExpectedRevisionError)) throw error;
      throw new WorkflowConflict(error, await loadWorkflow(this.store, tenant, workflowId));
    }
  }

  private async transition(
    tenant: string,
    workflowId: string,
    expected: number | undefined,
    build: BuildCommand,
  ) {
    const loaded = await this.reader.load(tenant, workflowId);
    assertExpectedRevision(loaded, expected);
    const postsOfSteps = await this.reader.postsOfSteps(tenant, loaded);
    const step = loaded.state.currentStep;
    const decision = await build(loaded, step === null ? [] : postsOfSteps[step]);
    const approval = approves(workflowDecider.decide(decision, loaded.state));
    // The target judges the change before the last approval is recorded: a refusal (the agreement
    // changed meanwhile) leaves the step waiting, to be returned or rejected.
    if (approval?.type === 'SubmissionApproved')
      await this.registry.dryRun(this.store, tenant, approval.data.change, decision.metadata);
    const { events, revision } = await decideAndAppend(this.store, loaded, decision, (decided) =>
      approves(decided) ? [applyChangeMessage(workflowId)] : [],
    );
    const after = revision === loaded.revision ? loaded : await this.reader.load(tenant, workflowId);
    const view = await this.reader.view(tenant, after);
    if (!approves(events)) return view;
    return { ...view, applied: await this.applyNow(tenant, workflowId) };
  }

  /** Inline, for the read models to follow at once; the outbox job re-applies it should this fail. */
  private async applyNow(tenant: string, workflowId: string): Promise<boolean> {
    try {
      await this.effects.apply(tenant, workflowId);
      return true;
    } catch (error) {
      this.logger.warn(`The change of submission ${workflowId} was not applied inline: ${String(error)}`);
      return false;
    }
  }
}
