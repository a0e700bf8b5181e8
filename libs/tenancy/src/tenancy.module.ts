import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AssignAccountPostController } from './assign-post/assign-post.controller';
import { AssignAccountPostHandler } from './assign-post/assign-post.handler';
import { ChangeConventionsController } from './change-conventions/change-conventions.controller';
import { ChangeConventionsHandler } from './change-conventions/change-conventions.handler';
import { CreateAgencyController } from './create-agency/create-agency.controller';
import { CreateAgencyHandler } from './create-agency/create-agency.handler';
import { CreatePostController } from './create-post/create-post.controller';
import { CreatePostHandler } from './create-post/create-post.handler';
import { CreateTenantController } from './create-tenant/create-tenant.controller';
import { CreateTenantHandler } from './create-tenant/create-tenant.handler';
import { CreateUnitController } from './create-unit/create-unit.controller';
import { CreateUnitHandler } from './create-unit/create-unit.handler';
import { OpenAccountController } from './open-account/open-account.controller';
import { OpenAccountHandler } from './open-account/open-account.handler';
import { ConventionsVersionEntity } from './tenant-conventions/conventions-version.entity';
import { TenantConventionsController } from './tenant-conventions/tenant-conventions.controller';
import {
  ConventionsForYearHandler,
  ListConventionsHandler,
} from './tenant-conventions/tenant-conventions.handler';
import { AgencyEntity } from './tenant-directory/agency.entity';
import { OrganisationController } from './tenant-directory/organisation.controller';
import { ListPostsHandler, ListUnitsHandler } from './tenant-directory/organisation.handler';
import { PostEntity } from './tenant-directory/post.entity';
import { TenantEntity } from './tenant-directory/tenant.entity';
import { TenantDirectoryController } from './tenant-directory/tenant-directory.controller';
import {
  GetTenantHandler,
  ListAgenciesHandler,
  ListTenantsHandler,
} from './tenant-directory/tenant-directory.handler';
import { UnitEntity } from './tenant-directory/unit.entity';

/**
 * The tenancy context's HTTP side: tenants, agencies and their units, posts, officials' accounts
 * holding posts, the tenant's conventions, and their queries. Needs TypeORM's DataSource (app
 * role), `EVENT_STORE` and identity's `IdentityService` from the application. Its projections
 * (`tenantDirectoryProjection`, `tenantConventionsProjection`) run in the worker, not here.
 */
@Module({
  imports: [
    CqrsModule,
    TypeOrmModule.forFeature([TenantEntity, AgencyEntity, UnitEntity, PostEntity, ConventionsVersionEntity]),
  ],
  controllers: [
    CreateTenantController,
    CreateAgencyController,
    CreateUnitController,
    CreatePostController,
    OpenAccountController,
    AssignAccountPostController,
    ChangeConventionsController,
    TenantDirectoryController,
    OrganisationController,
    TenantConventionsController,
  ],
  providers: [
    CreateTenantHandler,
    CreateAgencyHandler,
    CreateUnitHandler,
    CreatePostHandler,
    OpenAccountHandler,
    AssignAccountPostHandler,
    ChangeConventionsHandler,
    ListTenantsHandler,
    GetTenantHandler,
    ListAgenciesHandler,
    ListUnitsHandler,
    ListPostsHandler,
    ListConventionsHandler,
    ConventionsForYearHandler,
  ],
})
export class TenancyModule {}
