// The tenancy context's only door (STYLE.md §11).
export * from './domain/tenancy.events';
export * from './domain/tenancy.errors';
export * from './domain/tenancy.rules';
export { tenantDecider, assertTenantExists } from './domain/tenant.decider';
export type {
  CreateTenant,
  CreateTenantData,
  TenantCommand,
  TenantEvent,
  TenantState,
} from './domain/tenant.decider';
export { agencyDecider, assertAgencyExists } from './domain/agency.decider';
export type {
  CreateAgency,
  CreateAgencyData,
  CreateUnit,
  CreateUnitData,
  AgencyCommand,
  AgencyEvent,
  AgencyState,
  UnitState,
} from './domain/agency.decider';
export { postDecider, holdingOf } from './domain/post.decider';
export type {
  CreatePost,
  CreatePostData,
  PostAssignment,
  PostCommand,
  PostEvent,
  PostState,
} from './domain/post.decider';
export { conventionsDecider, statedFrom } from './domain/conventions.decider';
export type {
  ChangeConventions,
  ChangeConventionsData,
  ConventionsCommand,
  ConventionsEvent,
  ConventionsState,
} from './domain/conventions.decider';
export { conventionsProblems, fullConventions, type ConventionsProblem } from './domain/conventions.rules';
export * from './create-tenant/create-tenant.command';
export * from './create-agency/create-agency.command';
export * from './create-unit/create-unit.command';
export * from './create-post/create-post.command';
export * from './open-account/open-account.command';
export * from './assign-post/assign-post.command';
export * from './change-conventions/change-conventions.command';
export * from './tenant-directory/tenant.entity';
export * from './tenant-directory/agency.entity';
export * from './tenant-directory/unit.entity';
export * from './tenant-directory/post.entity';
export * from './tenant-directory/tenant-directory.query';
export * from './tenant-directory/organisation.query';
export * from './tenant-directory/tenant-directory.projection';
export * from './tenant-directory/tenant-directory.migration';
export * from './tenant-directory/tenant-organisation.migration';
export * from './tenant-conventions/conventions-version.entity';
export * from './tenant-conventions/tenant-conventions.query';
export * from './tenant-conventions/tenant-conventions.projection';
export * from './tenant-conventions/tenant-conventions.migration';
export * from './tenancy.module';
