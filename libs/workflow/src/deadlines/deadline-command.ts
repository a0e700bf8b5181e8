import { inTenantEntityTransaction } from '@jejak/database';
import { EventStore, handleCommand } from '@jejak/eventstore';
import { DataSource } from 'typeorm';
import { workflowStream } from '../domain/workflow.events';
import { DeadlineCommand, deadlineDecider } from './domain/deadline.decider';
import { readDirectory } from './post-directory';

export interface DeadlineCommandResult {
  readonly workflowId: string;
  /** False when the job was stale or already done: nothing was appended. */
  readonly recorded: boolean;
  /** The workflow stream's revision after the command. */
  readonly revision: number;
}

/**
 * What both deadline handlers do: read the tenant's posts, then load–fold–decide–append on the
 * workflow stream. A transition appended meanwhile makes the append conflict; the job fails and
 * its retry decides again on the new state (an approved step then gets nothing).
 */
export async function runDeadlineCommand(
  store: EventStore,
  dataSource: DataSource,
  command: DeadlineCommand,
): Promise<DeadlineCommandResult> {
  const { tenantId } = command.metadata;
  const directory = await inTenantEntityTransaction(dataSource, (manager) =>
    readDirectory(manager, tenantId),
  );
  const result = await handleCommand(store, {
    stream: workflowStream(tenantId, command.data.workflowId),
    decider: deadlineDecider(directory),
    command,
  });
  return {
    workflowId: command.data.workflowId,
    recorded: result.events.length > 0,
    revision: result.nextExpectedRevision,
  };
}
