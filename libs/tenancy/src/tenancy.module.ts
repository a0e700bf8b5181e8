import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CreateAgencyController } from './create-agency/create-agency.controller';
import { CreateAgencyHandler } from './create-agency/create-agency.handler';
import { CreateTenantController } from './create-tenant/create-tenant.controller';
import { CreateTenantHandler } from './create-tenant/create-tenant.handler';
import { AgencyEntity } from './tenant-directory/agency.entity';
import { TenantEntity } from './tenant-directory/tenant.entity';
import { TenantDirectoryController } from './tenant-directory/tenant-directory.controller';
import {
  GetTenantHandler,
  ListAgenciesHandler,
  ListTenantsHandler,
} from './tenant-directory/tenant-directory.handler';

/**
 * The tenancy context's HTTP side: tenant and agency creation, the tenant directory queries.
 * Needs TypeORM's DataSource (app role) and `EVENT_STORE` from the root module. Its projection
 * (`tenantDirectoryProjection`) runs in the worker, not here.
 */
@Module({
  imports: [CqrsModule, TypeOrmModule.forFeature([TenantEntity, AgencyEntity])],
  controllers: [CreateTenantController, CreateAgencyController, TenantDirectoryController],
  providers: [
    CreateTenantHandler,
    CreateAgencyHandler,
    ListTenantsHandler,
    GetTenantHandler,
    ListAgenciesHandler,
  ],
})
export class TenancyModule {}
