import { AgreementState, agreementDecider, agreementStream } from '@jejak/agreements';
import { EVENT_STORE, EventStore } from '@jejak/eventstore';
import { conventionsFor } from '@jejak/measurement';
import { RenstraState, renstraDecider } from '@jejak/planning';
import { LedgerState, realizationDecider, realizationStream } from '@jejak/realization';
import { ConventionsState, conventionsDecider, conventionsStream } from '@jejak/tenancy';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AsOf, Evolver, FoldedAsOf, foldAsOf, readOptionsAsOf, revisionFolded } from '../domain/as-of';
import { assertKnownAgency } from '../shared/known';
import { agencyState, AgencyStateView } from './agency-state';
import { agreementAsOf } from './agreement-as-of';
import { ledgerAsOf } from './ledger-as-of';
import { planAsOf } from './plan-as-of';
import { renstraStreamsFor } from './renstra-streams';

interface Folded<S> extends FoldedAsOf<S> {
  readonly stream: string;
}

/**
 * Reads an agency-year as it was at an instant: the Renstra, agreement, realization and
 * conventions streams, each read through the EventStore port up to the instant on the axis
 * asked (`recordedUpTo` / `occurredUpTo`: the adapter filters) and folded with its context's own
 * `evolve`. No read model is consulted: history is not a read model (ARCHITECTURE.md).
 */
@Injectable()
export class AgencyStateReader {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly dataSource: DataSource,
  ) {}

  async read(tenant: string, agency: string, year: number, asOf: AsOf): Promise<AgencyStateView> {
    const [, renstra, agreement, ledger, conventions] = await Promise.all([
      assertKnownAgency(this.store, tenant, agency),
      this.renstraInForce(tenant, agency, year, asOf),
      this.fold<AgreementState>(agreementStream(tenant, agency, year), agreementDecider, asOf),
      this.fold<LedgerState>(realizationStream(tenant, agency, year), realizationDecider, asOf),
      this.fold<ConventionsState>(conventionsStream(tenant), conventionsDecider, asOf),
    ]);
    const agreed = agreementAsOf(agreement.stream, agreement);
    const realized = ledgerAsOf(ledger.stream, ledger);
    const named = new Set([
      ...(agreed?.versions ?? []).flatMap((v) => v.targets.map((t) => t.indicator)),
      ...(realized?.realizations ?? []).map((r) => r.indicator),
    ]);
    const plan =
      renstra?.state.status === 'adopted'
        ? planAsOf(renstra.stream, renstra.state, revisionFolded(renstra), year, named)
        : null;
    const folded = [renstra, agreement, ledger, conventions].flatMap((f) => (f ? [f] : []));
    return agencyState({
      tenant,
      agency,
      year,
      asOf,
      plan,
      agreement: agreed,
      realizations: realized,
      conventions: conventionsFor(year, conventions.state.versions),
      heldBack: folded.flatMap((f) => f.heldBack),
      eventsFolded: folded.reduce((n, f) => n + f.applied.length, 0),
    });
  }

  private async fold<S>(stream: string, decider: Evolver<S>, asOf: AsOf): Promise<Folded<S>> {
    const events = await this.store.readStream(stream, readOptionsAsOf(asOf));
    return { stream, ...foldAsOf(decider, events, asOf.axis) };
  }

  /** The latest-starting Renstra of the year that had been adopted by the instant, folded. */
  private async renstraInForce(
    tenant: string,
    agency: string,
    year: number,
    asOf: AsOf,
  ): Promise<Folded<RenstraState> | null> {
    const streams = await renstraStreamsFor(this.dataSource, tenant, agency, year);
    const folded = await Promise.all(streams.map((s) => this.fold<RenstraState>(s, renstraDecider, asOf)));
    return folded.find((f) => f.state.status === 'adopted') ?? null;
  }
}
