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
export { agencyDecider } from './domain/agency.decider';
export type {
  CreateAgency,
  CreateAgencyData,
  AgencyCommand,
  AgencyEvent,
  AgencyState,
} from './domain/agency.decider';
export * from './create-tenant/create-tenant.command';
export * from './create-agency/create-agency.command';
export * from './tenant-directory/tenant.entity';
export * from './tenant-directory/agency.entity';
export * from './tenant-directory/tenant-directory.query';
export * from './tenant-directory/tenant-directory.projection';
export * from './tenant-directory/tenant-directory.migration';
export * from './tenancy.module';
