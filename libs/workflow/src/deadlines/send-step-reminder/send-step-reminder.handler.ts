import { EVENT_STORE, EventStore } from '@jejak/eventstore';
import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { DeadlineCommandResult, runDeadlineCommand } from '../deadline-command';
import { SendStepReminderCommand } from './send-step-reminder.command';

@CommandHandler(SendStepReminderCommand)
export class SendStepReminderHandler implements ICommandHandler<SendStepReminderCommand> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly dataSource: DataSource,
  ) {}

  execute(command: SendStepReminderCommand): Promise<DeadlineCommandResult> {
    return runDeadlineCommand(this.store, this.dataSource, command);
  }
}
