import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AgencyYearQueryDto } from '../agency-year/agency-year-query.dto';
import { EfficiencyQuery } from './efficiency.query';
import { EfficiencyView } from './efficiency-rows';

/** Computed on each request from the read models, by the conventions in force for the year. */
@ApiTags('performance')
@ApiBearerAuth()
@Controller('api/v1/tenants/:tenant/agencies/:agency')
export class EfficiencyController {
  constructor(private readonly queries: QueryBus) {}

  @Get('efficiency')
  @ApiOperation({
    summary:
      'The efficiency of each target of the PK in force: achievement against the absorption of the programs funding it',
  })
  @ApiOkResponse({
    description:
      '{ method, rows: [{ indicator, fundedBy, achievement, absorption, value, band, conventionsVersion }] }',
  })
  @ApiNotFoundResponse({ description: 'TENANCY.UNKNOWN_AGENCY' })
  get(
    @Param('tenant') tenant: string,
    @Param('agency') agency: string,
    @Query() { year }: AgencyYearQueryDto,
  ): Promise<EfficiencyView> {
    return this.queries.execute(new EfficiencyQuery(tenant, agency, year));
  }
}
