import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AgencyYearQueryDto } from '../agency-year/agency-year-query.dto';
import { IndicatorPerformanceQuery } from './indicator-performance.query';
import { PerformanceView } from './indicator-performance';

/** Computed on each request from the read models, by the conventions in force for the year. */
@ApiTags('performance')
@ApiBearerAuth()
@Controller('api/v1/tenants/:tenant/agencies/:agency')
export class IndicatorPerformanceController {
  constructor(private readonly queries: QueryBus) {}

  @Get('performance')
  @ApiOperation({
    summary:
      "An agency's indicators with both a target and a realization in the year: target, realization, achievement, band",
  })
  @ApiOkResponse({
    description:
      '{ rows: [{ indicator, name, unit, polarity, target, targetSource, realization, achievement, band, conventionsVersion }], conventionsVersion }; decimals as text',
  })
  @ApiNotFoundResponse({ description: 'TENANCY.UNKNOWN_AGENCY' })
  get(
    @Param('tenant') tenant: string,
    @Param('agency') agency: string,
    @Query() { year }: AgencyYearQueryDto,
  ): Promise<PerformanceView> {
    return this.queries.execute(new IndicatorPerformanceQuery(tenant, agency, year));
  }
}
