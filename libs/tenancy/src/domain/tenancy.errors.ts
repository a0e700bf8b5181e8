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

/**
 * The agency does not exist in the tenant: a 404 when the path names it, a 422 naming the field
 * when a request's body refers to it (a post's agency).
 */
export class UnknownAgency extends DomainError {
  readonly code = 'TENANCY.UNKNOWN_AGENCY';
  override readonly status: number;
  constructor(
    readonly tenantId: string,
    readonly agencyId: string,
    field?: string,
  ) {
    super(`Agency "${agencyId}" does not exist in tenant "${tenantId}"`, [field ?? 'agency']);
    this.status = field === undefined ? 404 : 422;
  }
}

export class UnitAlreadyExists extends DomainError {
  readonly code = 'TENANCY.UNIT_EXISTS';
  constructor(
    readonly agencyId: string,
    readonly unitId: string,
  ) {
    super(`Unit "${unitId}" already exists in agency "${agencyId}", named or placed otherwise`, ['code']);
  }
}

/** A unit referred to (a parent, a post's unit) is not a unit of the agency. */
export class UnknownUnit extends DomainError {
  readonly code = 'TENANCY.UNKNOWN_UNIT';
  constructor(
    readonly agencyId: string,
    readonly unitId: string,
    field: string,
  ) {
    super(`Unit "${unitId}" does not exist in agency "${agencyId}"`, [field]);
  }
}

export class PostAlreadyExists extends DomainError {
  readonly code = 'TENANCY.POST_EXISTS';
  constructor(readonly postId: string) {
    super(`Post "${postId}" already exists, defined otherwise`, ['code']);
  }
}

/** A post referred to (a superior, a post to hold) is not a post of the tenant. */
export class UnknownPost extends DomainError {
  readonly code = 'TENANCY.UNKNOWN_POST';
  constructor(
    readonly postId: string,
    field: string,
  ) {
    super(`Post "${postId}" does not exist`, [field]);
  }
}

/** Heads of unit and staff act only within their unit: such a post without one could do nothing. */
export class UnitRequired extends DomainError {
  readonly code = 'TENANCY.UNIT_REQUIRED';
  constructor(readonly role: string) {
    super(`A post of role "${role}" belongs to a unit`, ['unit']);
  }
}

export class HoldingEndsBeforeStart extends DomainError {
  readonly code = 'TENANCY.HOLDING_ENDS_BEFORE_START';
  constructor(
    readonly postId: string,
    field: string,
  ) {
    super(`The holding of post "${postId}" ends before it starts`, [field]);
  }
}

/** Malformed conventions (bands out of order, rounding out of range): a 400 naming each field. */
export class InvalidConventions extends DomainError {
  readonly code = 'TENANCY.INVALID_CONVENTIONS';
  override readonly status: number = 400;
  constructor(readonly problems: readonly { readonly path: string; readonly message: string }[]) {
    super(
      `The conventions are not valid: ${problems.map((p) => `${p.path} ${p.message}`).join('; ')}`,
      problems.map((p) => p.path),
    );
  }
}
