import { CommandMetadata, EVENT_STORE, EventStore, RecordedEvent, uuidV5 } from '@jejak/eventstore';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ChangeRegistry } from '../changes/change-registry';
import { TargetCommand } from '../changes/change-type';
import { StepApproved, WorkflowActor } from '../domain/workflow.events';
import { loadWorkflow } from '../shared/workflow-stream';

export interface ApplicationOutcome {
  /** False when the submission is not approved (nothing to apply). */
  readonly applicable: boolean;
  /** How many of the target's commands appended something (0 on a re-application). */
  readonly recorded: number;
}

/** The command id of the i-th command applying a submission's change: the same at every re-application. */
export const applicationCommandId = (workflowId: string, index: number): string =>
  uuidV5(`workflow-change|${workflowId}|${index}`);

const actorOf = (by: WorkflowActor): NonNullable<CommandMetadata['actor']> => ({
  account: by.account,
  ...(by.name ? { name: by.name } : {}),
  ...(by.post ? { post: by.post, ...(by.acting ? { acting: by.post } : {}) } : {}),
});

/**
 * The metadata of the commands applying an approved change, all from the log (so inline and in the
 * worker they are the same): the final approver as actor, the approval's time, the workflow id as
 * correlation and causation, and command ids derived from the workflow id.
 */
export function applicationMetadata(tenantId: string, workflowId: string, events: readonly RecordedEvent[]) {
  const approval = events.find((e) => e.type === 'SubmissionApproved');
  const lastStep = [...events].reverse().find((e) => e.type === 'StepApproved') as
    RecordedEvent<StepApproved> | undefined;
  if (!approval || !lastStep) throw new Error(`Submission ${workflowId} is not approved`);
  const now = new Date(approval.metadata.occurredAt ?? approval.recordedAt.toISOString());
  return (index: number, extra: Partial<CommandMetadata> = {}): CommandMetadata => ({
    tenantId,
    now,
    actor: actorOf(lastStep.data.by),
    correlationId: workflowId,
    causationId: workflowId,
    commandId: applicationCommandId(workflowId, index),
    source: 'system',
    ...extra,
  });
}

/**
 * Applies an approved submission's change through the CommandBus as the target context's
 * commands. Idempotent: the command ids are the workflow's, and the targets record nothing for a
 * command already recorded, so the inline application and the worker's may both run.
 */
@Injectable()
export class WorkflowEffects {
  private readonly logger = new Logger(WorkflowEffects.name);

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly commands: CommandBus,
    private readonly registry: ChangeRegistry,
  ) {}

  async apply(tenantId: string, workflowId: string): Promise<ApplicationOutcome> {
    const { state, events } = await loadWorkflow(this.store, tenantId, workflowId);
    if (state.status !== 'approved' || !state.submission) return { applicable: false, recorded: 0 };
    const { change } = state.submission;
    const metadata = applicationMetadata(tenantId, workflowId, events);
    const commands = this.registry.typeOf(change.command).commands(tenantId, change.data, metadata);
    let recorded = 0;
    for (const command of commands) {
      const result = await this.commands.execute<TargetCommand, { recorded?: boolean }>(command);
      if (result?.recorded) recorded += 1;
    }
    this.logger.log(
      `Applied ${change.command} of submission ${workflowId}: ${recorded} of ${commands.length} recorded`,
    );
    return { applicable: true, recorded };
  }
}
