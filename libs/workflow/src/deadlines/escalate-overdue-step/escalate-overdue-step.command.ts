import { CommandMetadata } from '@jejak/eventstore';
import { Command } from '@nestjs/cqrs';
import { DeadlineJobData, EscalateOverdueStep } from '../domain/deadline.decider';
import type { DeadlineCommandResult } from '../deadline-command';

/** Sent by the `escalation` job at the due time: escalate to the superior posts, if the step still waits. */
export class EscalateOverdueStepCommand
  extends Command<DeadlineCommandResult>
  implements EscalateOverdueStep
{
  readonly type = 'EscalateOverdueStep' as const;

  constructor(
    readonly data: DeadlineJobData,
    readonly metadata: CommandMetadata,
  ) {
    super();
  }
}
