import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AgencyYearQueryDto } from '../agency-year/agency-year-query.dto';
import { BudgetAbsorptionQuery } from './budget-absorption.query';
import { BudgetView } from './budget-tree';

/** Computed on each request from the read models, by the conventions in force for the year. */
@ApiTags('performance')
@ApiBearerAuth()
@Controller('api/v1/tenants/:tenant/agencies/:agency')
export class BudgetAbsorptionController {
  constructor(private readonly queries: QueryBus) {}

  @Get('budget')
  @ApiOperation({
    summary:
      "An agency's budget in the year: programs → kegiatan → sub kegiatan with allocation, realized and absorption, and the total over programs",
  })
  @ApiOkResponse({
    description:
      '{ programs: [{ code, name, allocation, realized, absorption, activities: [{ …, subActivities }] }], total }; money as strings of digits',
  })
  @ApiNotFoundResponse({ description: 'TENANCY.UNKNOWN_AGENCY' })
  get(
    @Param('tenant') tenant: string,
    @Param('agency') agency: string,
    @Query() { year }: AgencyYearQueryDto,
  ): Promise<BudgetView> {
    return this.queries.execute(new BudgetAbsorptionQuery(tenant, agency, year));
  }
}
