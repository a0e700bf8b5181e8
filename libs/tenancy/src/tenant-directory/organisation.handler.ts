import { inTenantEntityTransaction } from '@jejak/database';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { UnknownAgency, UnknownTenant } from '../domain/tenancy.errors';
import { AgencyEntity } from './agency.entity';
import {
  AgencyUnitsView,
  ListPostsQuery,
  ListUnitsQuery,
  PostView,
  postView,
  unitView,
} from './organisation.query';
import { PostEntity } from './post.entity';
import { TenantEntity } from './tenant.entity';
import { UnitEntity } from './unit.entity';

// Row-level security scopes every read to the caller's tenant (or all, for the platform).

@QueryHandler(ListUnitsQuery)
export class ListUnitsHandler implements IQueryHandler<ListUnitsQuery> {
  constructor(private readonly dataSource: DataSource) {}

  async execute({ tenantId, agencyId }: ListUnitsQuery): Promise<AgencyUnitsView> {
    const { agency, units } = await inTenantEntityTransaction(this.dataSource, async (m) => ({
      agency: await m.findOneBy(AgencyEntity, { tenantId, agencyId }),
      // A parent is created before its children: the agency stream's order is a tree's.
      units: await m.find(UnitEntity, { where: { tenantId, agencyId }, order: { revision: 'ASC' } }),
    }));
    if (!agency) throw new UnknownAgency(tenantId, agencyId);
    return { tenant: tenantId, agency: agencyId, revision: agency.revision, items: units.map(unitView) };
  }
}

@QueryHandler(ListPostsQuery)
export class ListPostsHandler implements IQueryHandler<ListPostsQuery> {
  constructor(private readonly dataSource: DataSource) {}

  async execute({ tenantId }: ListPostsQuery): Promise<PostView[]> {
    const rows = await inTenantEntityTransaction(this.dataSource, async (m) => {
      if (!(await m.existsBy(TenantEntity, { tenantId }))) throw new UnknownTenant(tenantId);
      return m.find(PostEntity, { where: { tenantId }, order: { agencyId: 'ASC', postId: 'ASC' } });
    });
    return rows.map(postView);
  }
}
