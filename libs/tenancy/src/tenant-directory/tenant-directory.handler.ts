import { inTenantEntityTransaction } from '@jejak/database';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { UnknownTenant } from '../domain/tenancy.errors';
import { AgencyEntity } from './agency.entity';
import { TenantEntity } from './tenant.entity';
import {
  AgencyView,
  GetTenantQuery,
  ListAgenciesQuery,
  ListTenantsQuery,
  TenantView,
  agencyView,
  tenantView,
} from './tenant-directory.query';

// Row-level security scopes every read to the caller's tenant (or all, for the platform).

@QueryHandler(ListTenantsQuery)
export class ListTenantsHandler implements IQueryHandler<ListTenantsQuery> {
  constructor(private readonly dataSource: DataSource) {}

  async execute(): Promise<TenantView[]> {
    const rows = await inTenantEntityTransaction(this.dataSource, (m) =>
      m.find(TenantEntity, { order: { tenantId: 'ASC' } }),
    );
    return rows.map(tenantView);
  }
}

@QueryHandler(GetTenantQuery)
export class GetTenantHandler implements IQueryHandler<GetTenantQuery> {
  constructor(private readonly dataSource: DataSource) {}

  async execute({ tenantId }: GetTenantQuery): Promise<TenantView> {
    const row = await inTenantEntityTransaction(this.dataSource, (m) =>
      m.findOneBy(TenantEntity, { tenantId }),
    );
    if (!row) throw new UnknownTenant(tenantId);
    return tenantView(row);
  }
}

@QueryHandler(ListAgenciesQuery)
export class ListAgenciesHandler implements IQueryHandler<ListAgenciesQuery> {
  constructor(private readonly dataSource: DataSource) {}

  async execute({ tenantId }: ListAgenciesQuery): Promise<AgencyView[]> {
    const rows = await inTenantEntityTransaction(this.dataSource, async (m) => {
      if (!(await m.existsBy(TenantEntity, { tenantId }))) throw new UnknownTenant(tenantId);
      return m.find(AgencyEntity, { where: { tenantId }, order: { agencyId: 'ASC' } });
    });
    return rows.map(agencyView);
  }
}
