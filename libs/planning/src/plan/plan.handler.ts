import { inTenantEntityTransaction } from '@jejak/database';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { NoRenstraInForce, UnknownIndicator } from '../domain/planning.errors';
import { PlanRenstraEntity } from './plan-renstra.entity';
import { budgetItemsOf, findIndicator, findRenstraInForce, indicatorsOf } from './plan.finders';
import { GetIndicatorQuery, GetPlanQuery, IndicatorWithRevision } from './plan.query';
import { PlanView, planView } from './plan.view';

@QueryHandler(GetPlanQuery)
export class GetPlanHandler implements IQueryHandler<GetPlanQuery> {
  constructor(private readonly dataSource: DataSource) {}

  execute({ tenant, agency, year }: GetPlanQuery): Promise<PlanView> {
    return inTenantEntityTransaction(this.dataSource, async (manager) => {
      const renstra = await findRenstraInForce(manager, tenant, agency, year);
      if (!renstra) throw new NoRenstraInForce(agency, year);
      const indicators = await indicatorsOf(manager, renstra, year);
      const items = await budgetItemsOf(manager, renstra);
      return planView(renstra, indicators, items, year);
    });
  }
}

@QueryHandler(GetIndicatorQuery)
export class GetIndicatorHandler implements IQueryHandler<GetIndicatorQuery> {
  constructor(private readonly dataSource: DataSource) {}

  execute({ tenant, agency, period, code }: GetIndicatorQuery): Promise<IndicatorWithRevision> {
    return inTenantEntityTransaction(this.dataSource, async (manager) => {
      const indicator = await findIndicator(manager, tenant, agency, period, code);
      const renstra = await manager.findOneBy(PlanRenstraEntity, { tenantId: tenant, agency, period });
      if (!indicator || !renstra) throw new UnknownIndicator(code);
      return { ...indicator, revision: renstra.revision };
    });
  }
}
