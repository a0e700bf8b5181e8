import { CommandMetadata } from '@jejak/eventstore';
import { Command } from '@nestjs/cqrs';
import { DeadlineJobData, SendStepReminder } from '../domain/deadline.decider';
import type { DeadlineCommandResult } from '../deadline-command';

/** Sent by the `reminder` job: remind the step's posts, if the instance still waits on it in that round. */
export class SendStepReminderCommand extends Command<DeadlineCommandResult> implements SendStepReminder {
  readonly type = 'SendStepReminder' as const;

  constructor(
    readonly data: DeadlineJobData,
    readonly metadata: CommandMetadata,
  ) {
    super();
  }
}
