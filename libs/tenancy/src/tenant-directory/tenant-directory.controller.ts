import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  AgencyView,
  GetTenantQuery,
  ListAgenciesQuery,
  ListTenantsQuery,
  TenantView,
} from './tenant-directory.query';

/** Reads the tenant directory; row-level security decides what the caller sees. */
@ApiTags('tenancy')
@ApiBearerAuth()
@Controller('api/v1/tenants')
export class TenantDirectoryController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOperation({ summary: 'Tenants: every one for a platform administrator, its own for a tenant account' })
  @ApiOkResponse({ description: '{ items: Tenant[] }' })
  async list(): Promise<{ items: TenantView[] }> {
    return { items: await this.queries.execute(new ListTenantsQuery()) };
  }

  @Get(':tenant')
  @ApiOperation({ summary: 'One tenant; its revision is the ETag' })
  @ApiNotFoundResponse({ description: "Unknown, or another tenant's" })
  get(@Param('tenant') tenant: string): Promise<TenantView> {
    return this.queries.execute(new GetTenantQuery(tenant));
  }

  @Get(':tenant/agencies')
  @ApiOperation({ summary: "A tenant's agencies" })
  @ApiNotFoundResponse({ description: "Unknown, or another tenant's" })
  async agencies(@Param('tenant') tenant: string): Promise<{ items: AgencyView[] }> {
    return { items: await this.queries.execute(new ListAgenciesQuery(tenant)) };
  }
}
