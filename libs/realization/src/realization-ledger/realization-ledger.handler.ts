import { inTenantEntityTransaction } from '@jejak/database';
import { EVENT_STORE, EventStore } from '@jejak/eventstore';
import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { assertAgencyExists } from '../shared/known-agency';
import {
  BudgetLineView,
  LedgerList,
  ListBudgetLinesQuery,
  ListRealizationsQuery,
  RealizationView,
  budgetLineView,
  budgetRows,
  findLedgerRevision,
  realizationRows,
  realizationView,
} from './realization-ledger.query';

// Row-level security scopes every read to the caller's tenant; the agency is checked in the log.

@QueryHandler(ListRealizationsQuery)
export class ListRealizationsHandler implements IQueryHandler<ListRealizationsQuery> {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async execute({
    tenantId,
    agency,
    fiscalYear,
  }: ListRealizationsQuery): Promise<LedgerList<RealizationView>> {
    await assertAgencyExists(this.store, tenantId, agency);
    return inTenantEntityTransaction(this.dataSource, async (manager) => ({
      items: (await realizationRows(manager, agency, fiscalYear)).map(realizationView),
      revision: await findLedgerRevision(manager, agency, fiscalYear),
    }));
  }
}

@QueryHandler(ListBudgetLinesQuery)
export class ListBudgetLinesHandler implements IQueryHandler<ListBudgetLinesQuery> {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async execute({ tenantId, agency, fiscalYear }: ListBudgetLinesQuery): Promise<LedgerList<BudgetLineView>> {
    await assertAgencyExists(this.store, tenantId, agency);
    return inTenantEntityTransaction(this.dataSource, async (manager) => ({
      items: (await budgetRows(manager, agency, fiscalYear)).map(budgetLineView),
      revision: await findLedgerRevision(manager, agency, fiscalYear),
    }));
  }
}
