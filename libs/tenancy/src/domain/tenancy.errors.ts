import { DomainError } from '@jejak/eventstore';

export class TenantAlreadyExists extends DomainError {
  readonly code = 'TENANCY.TENANT_EXISTS';
  constructor(readonly tenantId: string) {
    super(`Tenant "${tenantId}" already exists`, ['code']);
  }
}

export class AgencyAlreadyExists extends DomainError {
  readonly code = 'TENANCY.AGENCY_EXISTS';
  constructor(
    readonly tenantId: string,
    readonly agencyId: string,
  ) {
    super(`Agency "${agencyId}" already exists in tenant "${tenantId}"`, ['code']);
  }
}

/** The tenant named in the path does not exist: a 404, as another tenant's data looks. */
export class UnknownTenant extends DomainError {
  readonly code = 'TENANCY.UNKNOWN_TENANT';
  override readonly status: number = 404;
  constructor(readonly tenantId: string) {
    super(`Tenant "${tenantId}" does not exist`, ['tenant']);
  }
}
