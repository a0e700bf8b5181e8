import { CommandMetadata } from '@jejak/eventstore';
import { Command } from '@nestjs/cqrs';
import { AgreementResult } from '../agreement-result';
import { SignAgreement, SignAgreementData } from '../domain/agreement.decider';

/** Records the signature of a drafted PK; `metadata.occurredAt` is the signing date (null: undated). */
export class SignAgreementCommand extends Command<AgreementResult> implements SignAgreement {
  readonly type = 'SignAgreement' as const;

  constructor(
    readonly data: SignAgreementData,
    readonly metadata: CommandMetadata,
    /** The revision the client saw (`If-Match`); a stale one is a 409. */
    readonly expectedRevision?: number,
  ) {
    super();
  }
}
