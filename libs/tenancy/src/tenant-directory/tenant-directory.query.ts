import { Query } from '@nestjs/cqrs';
import { TenantKind } from '../domain/tenancy.events';
import { AgencyEntity } from './agency.entity';
import { TenantEntity } from './tenant.entity';

export interface TenantView {
  readonly tenant: string;
  readonly name: string;
  readonly kind: TenantKind;
  readonly province: string | null;
  readonly createdAt: string;
  /** The tenant stream's revision: the resource's ETag. */
  readonly revision: number;
}

export interface AgencyView {
  readonly tenant: string;
  readonly agency: string;
  readonly name: string;
  readonly shortName: string | null;
  readonly createdAt: string;
  readonly revision: number;
}

/** Every tenant the caller may see: all for the platform, its own for a tenant's account (RLS). */
export class ListTenantsQuery extends Query<TenantView[]> {}

/** One tenant; unknown or another tenant's → `UnknownTenant` (404). */
export class GetTenantQuery extends Query<TenantView> {
  constructor(readonly tenantId: string) {
    super();
  }
}

/** A tenant's agencies; unknown or another tenant's → `UnknownTenant` (404). */
export class ListAgenciesQuery extends Query<AgencyView[]> {
  constructor(readonly tenantId: string) {
    super();
  }
}

export const tenantView = (row: TenantEntity): TenantView => ({
  tenant: row.tenantId,
  name: row.name,
  kind: row.kind,
  province: row.province,
  createdAt: row.createdAt.toISOString(),
  revision: row.revision,
});

export const agencyView = (row: AgencyEntity): AgencyView => ({
  tenant: row.tenantId,
  agency: row.agencyId,
  name: row.name,
  shortName: row.shortName,
  createdAt: row.createdAt.toISOString(),
  revision: row.revision,
});
