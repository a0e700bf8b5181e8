import { CommandMetadata } from '@jejak/eventstore';
import { Command } from '@nestjs/cqrs';
import { AgreementResult } from '../agreement-result';
import { DraftAgreement, DraftAgreementData } from '../domain/agreement.decider';

/**
 * Drafts the agency's PK (`party` null) or a PK cascaded to a unit or person under it. The one
 * definition of the command: sent on Nest's CommandBus (by the API and the importer) and given
 * to the decider in specs.
 */
export class DraftAgreementCommand extends Command<AgreementResult> implements DraftAgreement {
  readonly type = 'DraftAgreement' as const;

  constructor(
    readonly data: DraftAgreementData,
    readonly metadata: CommandMetadata,
  ) {
    super();
  }
}
