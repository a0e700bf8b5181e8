import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AgencyYearQueryDto } from '../agency-year/agency-year-query.dto';
import { AgencyYearChecksQuery } from './consistency-checks.query';
import { ChecksView } from './finding';

/** Computed on each request from the read models, by the conventions in force for the year. */
@ApiTags('performance')
@ApiBearerAuth()
@Controller('api/v1/tenants/:tenant/agencies/:agency')
export class AgencyYearChecksController {
  constructor(private readonly queries: QueryBus) {}

  @Get('checks')
  @ApiOperation({
    summary:
      'What does not add up in the agency-year: budget roll-ups, the PK against the ceiling and the Renstra, achievements above 150 %, realizations without a target, replaced indicators still reported',
  })
  @ApiOkResponse({ description: '{ findings: [{ code, severity, message, refs }] }' })
  @ApiNotFoundResponse({ description: 'TENANCY.UNKNOWN_AGENCY' })
  get(
    @Param('tenant') tenant: string,
    @Param('agency') agency: string,
    @Query() { year }: AgencyYearQueryDto,
  ): Promise<ChecksView> {
    return this.queries.execute(new AgencyYearChecksQuery(tenant, agency, year));
  }
}
