import { CommandMetadata } from '@jejak/eventstore';
import { Command } from '@nestjs/cqrs';
import { AgreementResult } from '../agreement-result';
import { AmendAgreement, AmendAgreementData } from '../domain/agreement.decider';

/** PK Perubahan; `metadata.occurredAt` is its signing or effective date (null: undated). */
export class AmendAgreementCommand extends Command<AgreementResult> implements AmendAgreement {
  readonly type = 'AmendAgreement' as const;

  constructor(
    readonly data: AmendAgreementData,
    readonly metadata: CommandMetadata,
    /** The revision the client saw (`If-Match`); a stale one is a 409. */
    readonly expectedRevision?: number,
  ) {
    super();
  }
}
