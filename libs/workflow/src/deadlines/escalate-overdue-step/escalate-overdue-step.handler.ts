import { EVENT_STORE, EventStore } from '@jejak/eventstore';
import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { DeadlineCommandResult, runDeadlineCommand } from '../deadline-command';
import { EscalateOverdueStepCommand } from './escalate-overdue-step.command';

@CommandHandler(EscalateOverdueStepCommand)
export class EscalateOverdueStepHandler implements ICommandHandler<EscalateOverdueStepCommand> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly dataSource: DataSource,
  ) {}

  execute(command: EscalateOverdueStepCommand): Promise<DeadlineCommandResult> {
    return runDeadlineCommand(this.store, this.dataSource, command);
  }
}
