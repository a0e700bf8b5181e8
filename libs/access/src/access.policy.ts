import { DomainError } from '@jejak/eventstore';

/**
 * What a post may do, by its role. Posts, not people, carry authority (DOMAIN.md): a person
 * acts through a post they hold, or hold as Plt./Plh., within its dates.
 */
export type PostRole =
  | 'head-of-agency' // Kepala Badan / Kepala Dinas (eselon II): signs and amends the PK
  | 'secretary' // Sekretaris: consolidates for the agency
  | 'planner' // perencana: drafts the plan and the agreement
  | 'head-of-unit' // Kepala Bidang / Kepala Sub Bagian: verifies the unit's entries
  | 'staff' // pelaksana / fungsional: reports the unit's realizations
  | 'tenant-admin' // the government's administrator of Jejak
  | 'inspectorate'; // Inspektorat: reads everything, writes evaluations

export const POST_ROLES: readonly PostRole[] = [
  'head-of-agency',
  'secretary',
  'planner',
  'head-of-unit',
  'staff',
  'tenant-admin',
  'inspectorate',
];

export type Permission =
  | 'tenant.administer' // units, posts, accounts of the tenant
  | 'conventions.manage'
  | 'plan.manage'
  | 'agreement.draft'
  | 'agreement.sign'
  | 'agreement.amend'
  | 'realization.report'
  | 'budget.report'
  | 'evaluation.record' // the LHE
  | 'followup.plan' // an action plan, its progress, its submission for verification
  | 'followup.verify'; // returning a follow-up (accepting is the workflow's final approval)

/** Roles granting each permission; `unit` roles only within their own unit. */
const GRANTS: Readonly<Record<Permission, readonly PostRole[]>> = {
  'tenant.administer': ['tenant-admin'],
  'conventions.manage': ['tenant-admin'],
  'plan.manage': ['tenant-admin', 'head-of-agency', 'secretary', 'planner'],
  'agreement.draft': ['head-of-agency', 'secretary', 'planner'],
  'agreement.sign': ['head-of-agency'],
  'agreement.amend': ['head-of-agency'],
  'realization.report': ['head-of-agency', 'secretary', 'head-of-unit', 'staff'],
  'budget.report': ['head-of-agency', 'secretary'],
  'evaluation.record': ['inspectorate'],
  'followup.plan': ['head-of-agency', 'secretary', 'head-of-unit'],
  'followup.verify': ['inspectorate'],
};

/** Roles whose authority covers every agency of the tenant (the inspectorate is an agency of its own). */
const TENANT_WIDE: readonly PostRole[] = ['tenant-admin', 'inspectorate'];

/** Roles whose authority stops at their own unit. */
const UNIT_BOUND: readonly PostRole[] = ['head-of-unit', 'staff'];

export interface HeldPost {
  readonly post: string;
  readonly role?: PostRole;
  readonly agency?: string;
  readonly unit?: string;
  readonly acting?: boolean;
  /** ISO dates (inclusive) bounding the holding; absent means open. */
  readonly from?: string;
  readonly to?: string;
}

export interface Principal {
  readonly platformAdmin: boolean;
  readonly posts: readonly HeldPost[];
  /** The post the caller chose to act in (`X-Jejak-Post`), if any. */
  readonly post?: string;
}

/** Where the action lands: the agency, and the unit that owns the thing (when it matters). */
export interface AccessScope {
  readonly agency?: string;
  readonly unit?: string | null;
}

export class AccessDenied extends DomainError {
  readonly code = 'ACCESS.DENIED';
  override readonly status: number = 403;
  constructor(readonly permission: Permission) {
    super(`None of your posts may do this (${permission})`);
  }
}

function heldAt(holding: HeldPost, day: string): boolean {
  return (!holding.from || holding.from <= day) && (!holding.to || day <= holding.to);
}

function grants(holding: HeldPost, permission: Permission, scope: AccessScope): boolean {
  if (!holding.role || !GRANTS[permission].includes(holding.role)) return false;
  if (TENANT_WIDE.includes(holding.role)) return true;
  if (scope.agency !== undefined && holding.agency !== scope.agency) return false;
  if (UNIT_BOUND.includes(holding.role)) return !!scope.unit && holding.unit === scope.unit;
  return true;
}

/**
 * The post through which the principal may take `permission` in `scope` on `at`, or throws
 * {@link AccessDenied}. The platform administrator may do anything (returns null: no post).
 * When the caller named the post to act in, only that one counts.
 */
export function authorize(
  principal: Principal,
  permission: Permission,
  scope: AccessScope,
  at: Date,
): HeldPost | null {
  if (principal.platformAdmin) return null;
  const day = at.toISOString().slice(0, 10);
  const candidates = principal.posts.filter((p) => !principal.post || p.post === principal.post);
  const granting = candidates.find((p) => heldAt(p, day) && grants(p, permission, scope));
  if (!granting) throw new AccessDenied(permission);
  return granting;
}
