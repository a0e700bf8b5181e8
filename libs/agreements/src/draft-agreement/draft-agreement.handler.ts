import { EVENT_STORE, EventStore, fold } from '@jejak/eventstore';
import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { assertAgencyExists } from '../agreement.access';
import { runAgreementCommand } from '../agreement-command';
import { AgreementResult } from '../agreement-result';
import { assertCascadeFits } from '../domain/agreement.cascade';
import { agreementDecider } from '../domain/agreement.decider';
import { agreementStream } from '../domain/agreement.events';
import { DraftAgreementCommand } from './draft-agreement.command';

@CommandHandler(DraftAgreementCommand)
export class DraftAgreementHandler implements ICommandHandler<DraftAgreementCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute(command: DraftAgreementCommand): Promise<AgreementResult> {
    const tenant = command.metadata.tenantId;
    const { agency, fiscalYear, party, cascadedFrom } = command.data;
    await assertAgencyExists(this.store, tenant, agency);
    if (party !== null) {
      // The parent lives in another stream: read it for the cascade's loose check.
      const parent = await this.store.readStream(agreementStream(tenant, agency, fiscalYear, cascadedFrom));
      assertCascadeFits(fold(agreementDecider, parent), command.data);
    }
    return runAgreementCommand(this.store, command);
  }
}
