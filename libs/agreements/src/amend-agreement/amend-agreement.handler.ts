import { EVENT_STORE, EventStore, handleCommand } from '@jejak/eventstore';
import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AgreementResult, agreementResult } from '../agreement-result';
import { agreementDecider } from '../domain/agreement.decider';
import { agreementStream } from '../domain/agreement.events';
import { AmendAgreementCommand } from './amend-agreement.command';

@CommandHandler(AmendAgreementCommand)
export class AmendAgreementHandler implements ICommandHandler<AmendAgreementCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute(command: AmendAgreementCommand): Promise<AgreementResult> {
    const tenant = command.metadata.tenantId;
    const { agency, fiscalYear, party } = command.data;
    const stream = agreementStream(tenant, agency, fiscalYear, party);
    const { expectedRevision } = command;
    const result = await handleCommand(this.store, {
      stream,
      decider: agreementDecider,
      command,
      expectedRevision,
    });
    return agreementResult(tenant, command.data, result);
  }
}
