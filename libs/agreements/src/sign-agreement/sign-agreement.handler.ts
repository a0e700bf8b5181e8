import { EVENT_STORE, EventStore } from '@jejak/eventstore';
import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { runAgreementCommand } from '../agreement-command';
import { AgreementResult } from '../agreement-result';
import { SignAgreementCommand } from './sign-agreement.command';

@CommandHandler(SignAgreementCommand)
export class SignAgreementHandler implements ICommandHandler<SignAgreementCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute(command: SignAgreementCommand): Promise<AgreementResult> {
    return runAgreementCommand(this.store, command);
  }
}
