import type { PostRole } from '@jejak/access';
import { DomainEvent } from '@jejak/eventstore';
import type { Conventions } from '@jejak/measurement';

/** Kinds of government on the platform (interchange `tenant.kind`). */
export type TenantKind = 'kota' | 'kabupaten' | 'provinsi';

/** A government joined the platform. Stream: `{tenant}/tenant`. */
export type TenantCreated = DomainEvent<
  'TenantCreated',
  {
    readonly tenantId: string;
    readonly name: string;
    readonly kind: TenantKind;
    readonly province: string | null;
  }
>;

/** A perangkat daerah (agency) was registered under a tenant. Stream: `{tenant}/agency-{code}`. */
export type AgencyCreated = DomainEvent<
  'AgencyCreated',
  {
    readonly tenantId: string;
    readonly agencyId: string;
    readonly name: string;
    readonly shortName: string | null;
  }
>;

/**
 * A unit of an agency (Sekretariat, Bidang, Sub Bagian…), under a parent unit or, with none,
 * directly under the agency's head (interchange `agency.units`). Stream: the agency's.
 */
export type UnitCreated = DomainEvent<
  'UnitCreated',
  {
    readonly tenantId: string;
    readonly agencyId: string;
    readonly unitId: string;
    readonly name: string;
    readonly parentUnitId: string | null;
  }
>;

/**
 * A post (jabatan) of the tenant: "Kepala Badan", "Sekretaris", "Kepala Bidang Mutasi". Posts,
 * not people, carry authority (its `role`); the superior post is where escalations go.
 * Stream: `{tenant}/post-{code}`.
 */
export type PostCreated = DomainEvent<
  'PostCreated',
  {
    readonly tenantId: string;
    readonly postId: string;
    readonly title: string;
    readonly agencyId: string;
    readonly unitId: string | null;
    readonly role: PostRole;
    readonly superiorPostId: string | null;
  }
>;

/**
 * The tenant's conventions (interchange README, "Conventions") in force from a fiscal year on:
 * the full set, defaults merged in, numbered 1, 2, … in the order stated. Stream: `{tenant}/conventions`.
 */
export type ConventionsChanged = DomainEvent<
  'ConventionsChanged',
  {
    readonly tenantId: string;
    readonly version: number;
    readonly fromFiscalYear: number;
    readonly conventions: Conventions;
  }
>;

export type TenancyEvent = TenantCreated | AgencyCreated | UnitCreated | PostCreated | ConventionsChanged;

export const tenantStream = (tenantId: string): string => `${tenantId}/tenant`;
export const agencyStream = (tenantId: string, agencyId: string): string => `${tenantId}/agency-${agencyId}`;
export const postStream = (tenantId: string, postId: string): string => `${tenantId}/post-${postId}`;
export const conventionsStream = (tenantId: string): string => `${tenantId}/conventions`;
