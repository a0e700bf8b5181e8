import { inTenantEntityTransaction } from '@jejak/database';
import { conventionsFor } from '@jejak/measurement';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DataSource, EntityManager } from 'typeorm';
import { UnknownTenant } from '../domain/tenancy.errors';
import { TenantEntity } from '../tenant-directory/tenant.entity';
import { ConventionsVersionEntity } from './conventions-version.entity';
import {
  ConventionsForYearQuery,
  ConventionsInForceView,
  ConventionsVersionsView,
  ListConventionsQuery,
  conventionsRows,
  conventionsVersionView,
} from './tenant-conventions.query';

async function tenantRows(manager: EntityManager, tenantId: string): Promise<ConventionsVersionEntity[]> {
  if (!(await manager.existsBy(TenantEntity, { tenantId }))) throw new UnknownTenant(tenantId);
  return conventionsRows(manager, tenantId);
}

const revisionOf = (rows: readonly ConventionsVersionEntity[]): number | null =>
  rows.at(-1)?.revision ?? null;

@QueryHandler(ListConventionsQuery)
export class ListConventionsHandler implements IQueryHandler<ListConventionsQuery> {
  constructor(private readonly dataSource: DataSource) {}

  async execute({ tenantId }: ListConventionsQuery): Promise<ConventionsVersionsView> {
    const rows = await inTenantEntityTransaction(this.dataSource, (m) => tenantRows(m, tenantId));
    return { tenant: tenantId, revision: revisionOf(rows), items: rows.map(conventionsVersionView) };
  }
}

@QueryHandler(ConventionsForYearQuery)
export class ConventionsForYearHandler implements IQueryHandler<ConventionsForYearQuery> {
  constructor(private readonly dataSource: DataSource) {}

  async execute({ tenantId, year }: ConventionsForYearQuery): Promise<ConventionsInForceView> {
    const rows = await inTenantEntityTransaction(this.dataSource, (m) => tenantRows(m, tenantId));
    const views = rows.map(conventionsVersionView);
    const inForce = conventionsFor(year, views);
    const changedAt = views.find((v) => v.version === inForce.version)?.changedAt ?? null;
    return { tenant: tenantId, year, ...inForce, changedAt, revision: revisionOf(rows) };
  }
}
