import { OptionalFiscalYearPipe } from '@jejak/http';
import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import {
  ApiBearerAuth,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiQuery,
  ApiTags,
} from '@nestjs/swagger';
import { FISCAL_YEAR_MAX, FISCAL_YEAR_MIN } from '../domain/tenancy.rules';
import {
  ConventionsForYearQuery,
  ConventionsInForceView,
  ConventionsVersionsView,
  ListConventionsQuery,
} from './tenant-conventions.query';

@ApiTags('tenancy')
@ApiBearerAuth()
@Controller('api/v1/tenants/:tenant/conventions')
export class TenantConventionsController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOperation({
    summary: "The tenant's conventions: every version, or with ?year= the one in force for that fiscal year",
  })
  @ApiQuery({
    name: 'year',
    required: false,
    description: 'A fiscal year: the latest version from it or before',
  })
  @ApiOkResponse({
    description: '{ tenant, revision, items } or, with ?year=, one version (0: the platform defaults)',
  })
  @ApiNotFoundResponse({ description: "Unknown, or another tenant's" })
  get(
    @Param('tenant') tenant: string,
    @Query('year', new OptionalFiscalYearPipe(FISCAL_YEAR_MIN, FISCAL_YEAR_MAX)) year: number | undefined,
  ): Promise<ConventionsVersionsView | ConventionsInForceView> {
    return this.queries.execute(
      year === undefined ? new ListConventionsQuery(tenant) : new ConventionsForYearQuery(tenant, year),
    );
  }
}
