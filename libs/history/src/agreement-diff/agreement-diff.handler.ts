import { AgreementNotFound, AgreementVersion, agreementDecider, agreementStream } from '@jejak/agreements';
import { EVENT_STORE, EventStore, fold } from '@jejak/eventstore';
import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { AgreementVersionNotFound } from '../domain/history.errors';
import { assertKnownAgency } from '../shared/known';
import { AgreementDiffView, agreementDiff } from './agreement-diff';
import { AgreementDiffQuery } from './agreement-diff.query';

@QueryHandler(AgreementDiffQuery)
export class AgreementDiffHandler implements IQueryHandler<AgreementDiffQuery> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  /** Every version stays in the stream: the whole of it is folded, then the two compared. */
  async execute({ tenant, agency, fiscalYear, from, to }: AgreementDiffQuery): Promise<AgreementDiffView> {
    await assertKnownAgency(this.store, tenant, agency);
    const events = await this.store.readStream(agreementStream(tenant, agency, fiscalYear));
    const state = fold(agreementDecider, events);
    if (state.status === 'absent') throw new AgreementNotFound(agency, fiscalYear);
    const versions: readonly AgreementVersion[] = state.status === 'signed' ? state.versions : [];
    const pick = (version: number, parameter: string): AgreementVersion => {
      const found = versions.find((v) => v.version === version);
      if (!found)
        throw new AgreementVersionNotFound(
          version,
          versions.map((v) => v.version),
          parameter,
        );
      return found;
    };
    return agreementDiff({ tenant, agency, fiscalYear }, pick(from, 'from'), pick(to, 'to'));
  }
}
