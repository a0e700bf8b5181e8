import { inTenantEntityTransaction } from '@jejak/database';
import { EVENT_STORE, EventStore } from '@jejak/eventstore';
import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { UnknownEvaluation } from '../domain/evaluation.errors';
import { assertAgencyExists } from '../shared/known-agency';
import {
  EvaluationSummaryView,
  EvaluationView,
  FollowUpList,
  GetEvaluationQuery,
  ListEvaluationsQuery,
  ListFollowUpsQuery,
  evaluationRow,
  evaluationRows,
  evaluationSummaryView,
  followUpRows,
  followUpSummary,
  followUpView,
  revisionOfRows,
} from './evaluation-records.query';

// Row-level security scopes every read to the caller's tenant; the agency is checked in the log.

@QueryHandler(ListEvaluationsQuery)
export class ListEvaluationsHandler implements IQueryHandler<ListEvaluationsQuery> {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async execute({ tenantId, agency }: ListEvaluationsQuery): Promise<{ items: EvaluationSummaryView[] }> {
    await assertAgencyExists(this.store, tenantId, agency);
    return inTenantEntityTransaction(this.dataSource, async (manager) => {
      const followUps = await followUpRows(manager, agency);
      const items = (await evaluationRows(manager, agency)).map((row) =>
        evaluationSummaryView(
          row,
          followUps.filter((f) => f.fiscalYearEvaluated === row.fiscalYearEvaluated),
        ),
      );
      return { items };
    });
  }
}

@QueryHandler(GetEvaluationQuery)
export class GetEvaluationHandler implements IQueryHandler<GetEvaluationQuery> {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async execute({ tenantId, agency, fiscalYearEvaluated }: GetEvaluationQuery): Promise<EvaluationView> {
    await assertAgencyExists(this.store, tenantId, agency);
    return inTenantEntityTransaction(this.dataSource, async (manager) => {
      const row = await evaluationRow(manager, agency, fiscalYearEvaluated);
      if (!row) throw new UnknownEvaluation(agency, fiscalYearEvaluated);
      const followUps = await followUpRows(manager, agency, fiscalYearEvaluated);
      return {
        ...evaluationSummaryView(row, followUps),
        components: row.components,
        followUps: followUps.map(followUpView),
        revision: revisionOfRows(row, followUps),
      };
    });
  }
}

@QueryHandler(ListFollowUpsQuery)
export class ListFollowUpsHandler implements IQueryHandler<ListFollowUpsQuery> {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async execute({ tenantId, agency, fiscalYearEvaluated }: ListFollowUpsQuery): Promise<FollowUpList> {
    await assertAgencyExists(this.store, tenantId, agency);
    return inTenantEntityTransaction(this.dataSource, async (manager) => {
      const rows = await followUpRows(manager, agency, fiscalYearEvaluated);
      if (fiscalYearEvaluated === undefined)
        return { items: rows.map(followUpView), summary: followUpSummary(rows), revision: null };
      const lhe = await evaluationRow(manager, agency, fiscalYearEvaluated);
      if (!lhe) throw new UnknownEvaluation(agency, fiscalYearEvaluated);
      return {
        items: rows.map(followUpView),
        summary: followUpSummary(rows),
        revision: revisionOfRows(lhe, rows),
      };
    });
  }
}
