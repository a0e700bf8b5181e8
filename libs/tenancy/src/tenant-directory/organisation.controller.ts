import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AgencyUnitsView, ListPostsQuery, ListUnitsQuery, PostView } from './organisation.query';

/** Reads the tenant's organisation (units, posts); row-level security decides what the caller sees. */
@ApiTags('tenancy')
@ApiBearerAuth()
@Controller('api/v1/tenants/:tenant')
export class OrganisationController {
  constructor(private readonly queries: QueryBus) {}

  @Get('agencies/:agency/units')
  @ApiOperation({ summary: "An agency's units, parents first; the agency's revision is the ETag" })
  @ApiOkResponse({ description: '{ tenant, agency, revision, items: Unit[] }' })
  @ApiNotFoundResponse({ description: 'TENANCY.UNKNOWN_AGENCY' })
  units(@Param('tenant') tenant: string, @Param('agency') agency: string): Promise<AgencyUnitsView> {
    return this.queries.execute(new ListUnitsQuery(tenant, agency));
  }

  @Get('posts')
  @ApiOperation({ summary: "The tenant's posts (jabatan), by agency" })
  @ApiOkResponse({ description: '{ items: Post[] }' })
  @ApiNotFoundResponse({ description: "Unknown, or another tenant's" })
  async posts(@Param('tenant') tenant: string): Promise<{ items: PostView[] }> {
    return { items: await this.queries.execute(new ListPostsQuery(tenant)) };
  }
}
