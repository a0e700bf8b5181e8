import { inTenantEntityTransaction } from '@jejak/database';
import { EVENT_STORE, EventStore, fold } from '@jejak/eventstore';
import { agencyDecider, agencyStream, assertAgencyExists } from '@jejak/tenancy';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AgencyYear } from './agency-year-facts';
import { readAgencyYear } from './read-agency-year';

/** The facts of an agency-year and its conventions, for the computed views' query handlers. */
@Injectable()
export class AgencyYearReader {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  /** Unknown agency → tenancy's `UnknownAgency` (404); the agency is known by its stream, not its table. */
  async read(tenant: string, agency: string, year: number): Promise<AgencyYear> {
    const events = await this.store.readStream(agencyStream(tenant, agency));
    assertAgencyExists(fold(agencyDecider, events), tenant, agency);
    // Row-level security scopes every read model to the caller's tenant (the route's :tenant).
    return inTenantEntityTransaction(this.dataSource, (manager) =>
      readAgencyYear(manager, tenant, agency, year),
    );
  }
}
