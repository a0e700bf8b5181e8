import { CommandMetadata } from '@jejak/eventstore';
import { Command } from '@nestjs/cqrs';
import { VerifyFollowUp, VerifyFollowUpData } from '../domain/evaluation.decider';
import { FollowUpCommandResult } from '../shared/evaluation-command';

/**
 * The one definition of the command: applied by the workflow when the inspectorate approves a
 * follow-up submission (accepted), sent by the inspectorate's verification route (returned), and
 * given to the decider in specs.
 */
export class VerifyFollowUpCommand extends Command<FollowUpCommandResult> implements VerifyFollowUp {
  readonly type = 'VerifyFollowUp' as const;

  constructor(
    readonly data: VerifyFollowUpData,
    readonly metadata: CommandMetadata,
    /** The LHE stream's revision the client saw (`If-Match`); omitted, none is required. */
    readonly expectedRevision?: number,
  ) {
    super();
  }
}
