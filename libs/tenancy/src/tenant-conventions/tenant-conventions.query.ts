import { requestContext } from '@jejak/database';
import { Conventions, VersionedConventions, conventionsFor } from '@jejak/measurement';
import { Query } from '@nestjs/cqrs';
import { EntityManager } from 'typeorm';
import { ConventionsVersionEntity } from './conventions-version.entity';

export interface ConventionsVersionView extends VersionedConventions {
  /** When the version was stated (its event's effective date); null for the platform defaults. */
  readonly changedAt: string | null;
}

export interface ConventionsVersionsView {
  readonly tenant: string;
  /** The conventions stream's revision (the ETag to send as `If-Match`); null before any version. */
  readonly revision: number | null;
  readonly items: readonly ConventionsVersionView[];
}

export interface ConventionsInForceView extends ConventionsVersionView {
  readonly tenant: string;
  readonly year: number;
  readonly revision: number | null;
}

/** Every version of a tenant's conventions; unknown or another tenant's → `UnknownTenant` (404). */
export class ListConventionsQuery extends Query<ConventionsVersionsView> {
  constructor(readonly tenantId: string) {
    super();
  }
}

/** The version in force for fiscal year `year` (version 0: the platform defaults). */
export class ConventionsForYearQuery extends Query<ConventionsInForceView> {
  constructor(
    readonly tenantId: string,
    readonly year: number,
  ) {
    super();
  }
}

function currentTenant(): string {
  const tenantId = requestContext.current()?.tenantId;
  if (!tenantId) throw new Error('Conventions are read in a tenant: name it, or run in its request context');
  return tenantId;
}

const versioned = (row: ConventionsVersionEntity): VersionedConventions => ({
  version: row.version,
  fromFiscalYear: row.fromFiscalYear,
  conventions: row.conventions as Conventions,
});

/** The rows of a tenant's versions, oldest first, through `manager` (a tenant transaction). */
export const conventionsRows = (
  manager: EntityManager,
  tenantId: string,
): Promise<ConventionsVersionEntity[]> =>
  manager.find(ConventionsVersionEntity, { where: { tenantId }, order: { version: 'ASC' } });

/**
 * Every version of the tenant's conventions, oldest first: for computations that cite the
 * version they used. `manager` is a transaction of `inTenantEntityTransaction`; the tenant
 * defaults to the request context's.
 */
export async function findConventionsVersions(
  manager: EntityManager,
  tenantId: string = currentTenant(),
): Promise<VersionedConventions[]> {
  return (await conventionsRows(manager, tenantId)).map(versioned);
}

/**
 * The conventions in force for fiscal year `year`: the version with the latest `fromFiscalYear`
 * ≤ year, or version 0 (the platform defaults) before the tenant stated any (interchange README).
 */
export async function conventionsForYear(
  manager: EntityManager,
  year: number,
  tenantId: string = currentTenant(),
): Promise<VersionedConventions> {
  return conventionsFor(year, await findConventionsVersions(manager, tenantId));
}

export const conventionsVersionView = (row: ConventionsVersionEntity): ConventionsVersionView => ({
  ...versioned(row),
  changedAt: row.changedAt.toISOString(),
});
