import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import {
  ApiBearerAuth,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiTags,
} from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import {
  AGENCY_ROUTE,
  AgencyPipe,
  IndicatorCodePipe,
  RENSTRA_ROUTE,
  RenstraPeriodPipe,
} from '../common/renstra-http';
import { YEAR_MAX, YEAR_MIN } from '../domain/planning.rules';
import { RenstraPeriod, formatPeriod } from '../domain/renstra-period';
import { GetIndicatorQuery, GetPlanQuery, IndicatorWithRevision } from './plan.query';
import { PlanView } from './plan.view';

export class PlanYearDto {
  @ApiProperty({ example: 2024, description: 'The fiscal year' })
  @Type(() => Number)
  @IsInt()
  @Min(YEAR_MIN)
  @Max(YEAR_MAX)
  year: number;
}

/** Reads of the plan; any account of the tenant may read them (row-level security scopes them). */
@ApiTags('planning')
@ApiBearerAuth()
@Controller()
export class PlanController {
  constructor(private readonly queries: QueryBus) {}

  @Get(`${AGENCY_ROUTE}/plan`)
  @ApiOperation({
    summary:
      'The Renstra in force in a year: goals, objectives, programs, kegiatan, sub kegiatan and their indicators with the year’s target',
  })
  @ApiOkResponse({ description: 'The plan; its revision is the ETag' })
  @ApiNotFoundResponse({ description: 'PLANNING.NO_RENSTRA_IN_FORCE' })
  plan(
    @Param('tenant') tenant: string,
    @Param('agency', AgencyPipe) agency: string,
    @Query() query: PlanYearDto,
  ): Promise<PlanView> {
    return this.queries.execute(new GetPlanQuery(tenant, agency, query.year));
  }

  @Get(`${RENSTRA_ROUTE}/indicators/:code`)
  @ApiOperation({
    summary: 'One indicator of a Renstra as defined now (its earlier definitions are in the log)',
  })
  @ApiOkResponse({ description: "The indicator; its Renstra's revision is the ETag" })
  @ApiNotFoundResponse({ description: 'PLANNING.UNKNOWN_INDICATOR' })
  indicator(
    @Param('tenant') tenant: string,
    @Param('agency', AgencyPipe) agency: string,
    @Param('period', RenstraPeriodPipe) period: RenstraPeriod,
    @Param('code', IndicatorCodePipe) code: string,
  ): Promise<IndicatorWithRevision> {
    return this.queries.execute(new GetIndicatorQuery(tenant, agency, formatPeriod(period), code));
  }
}
