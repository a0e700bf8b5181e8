import { DomainEvent } from '@jejak/eventstore';

/** Kinds of government on the platform (interchange `tenant.kind`). */
export type TenantKind = 'kota' | 'kabupaten' | 'provinsi';

/** A government joined the platform. Stream: `{tenant}/tenant`. */
export type TenantCreated = DomainEvent<
  'TenantCreated',
  { readonly tenantId: string; readonly name: string; readonly kind: TenantKind; readonly province: string | null }
>;

/** A perangkat daerah (agency) was registered under a tenant. Stream: `{tenant}/agency-{code}`. */
export type AgencyCreated = DomainEvent<
  'AgencyCreated',
  { readonly tenantId: string; readonly agencyId: string; readonly name: string; readonly shortName: string | null }
>;

export type TenancyEvent = TenantCreated | AgencyCreated;

export const tenantStream = (tenantId: string): string => `${tenantId}/tenant`;
export const agencyStream = (tenantId: string, agencyId: string): string => `${tenantId}/agency-${agencyId}`;
