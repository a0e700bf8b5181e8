import { EVENT_STORE, EventStore } from '@jejak/eventstore';
import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { runAgreementCommand } from '../agreement-command';
import { AgreementResult } from '../agreement-result';
import { AmendAgreementCommand } from './amend-agreement.command';

@CommandHandler(AmendAgreementCommand)
export class AmendAgreementHandler implements ICommandHandler<AmendAgreementCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute(command: AmendAgreementCommand): Promise<AgreementResult> {
    return runAgreementCommand(this.store, command);
  }
}
