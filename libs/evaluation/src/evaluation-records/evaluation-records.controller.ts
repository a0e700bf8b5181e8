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
import { EvaluationYearPipe, OptionalEvaluationYearPipe } from '../shared/params';
import {
  EvaluationSummaryView,
  EvaluationView,
  FollowUpList,
  GetEvaluationQuery,
  ListEvaluationsQuery,
  ListFollowUpsQuery,
} from './evaluation-records.query';

/**
 * Reads the LHEs and their follow-ups. Any account of the tenant reads them — the agency's
 * officials, and the inspectorate for every agency of its tenant.
 */
@ApiTags('evaluation')
@ApiBearerAuth()
@Controller('api/v1/tenants/:tenant/agencies/:agency')
export class EvaluationRecordsController {
  constructor(private readonly queries: QueryBus) {}

  @Get('evaluations')
  @ApiOperation({ summary: "An agency's LHEs, latest fiscal year first: total, grade, follow-ups done" })
  @ApiOkResponse({ description: '{ items: EvaluationSummary[] }' })
  @ApiNotFoundResponse({ description: 'TENANCY.UNKNOWN_AGENCY' })
  list(
    @Param('tenant') tenant: string,
    @Param('agency') agency: string,
  ): Promise<{ items: readonly EvaluationSummaryView[] }> {
    return this.queries.execute(new ListEvaluationsQuery(tenant, agency));
  }

  @Get('evaluations/:year')
  @ApiOperation({
    summary: 'One LHE (by the fiscal year it evaluates): components, total, grade, follow-ups',
  })
  @ApiOkResponse({ description: 'The LHE; its revision is also the ETag' })
  @ApiNotFoundResponse({ description: 'TENANCY.UNKNOWN_AGENCY, EVALUATION.UNKNOWN_EVALUATION' })
  detail(
    @Param('tenant') tenant: string,
    @Param('agency') agency: string,
    @Param('year', EvaluationYearPipe) fiscalYearEvaluated: number,
  ): Promise<EvaluationView> {
    return this.queries.execute(new GetEvaluationQuery(tenant, agency, fiscalYearEvaluated));
  }

  @Get('follow-ups')
  @ApiOperation({
    summary:
      'The follow-up table of the next LKjIP (BAB I): recommendation, action, expected output, due, responsible unit, status, evidence, verified on',
  })
  @ApiQuery({
    name: 'evaluation',
    type: Number,
    required: false,
    example: 2023,
    description: 'The fiscal year evaluated',
  })
  @ApiOkResponse({ description: '{ items, summary: { recommendations, done, verified }, revision }' })
  @ApiNotFoundResponse({ description: 'TENANCY.UNKNOWN_AGENCY, EVALUATION.UNKNOWN_EVALUATION' })
  followUps(
    @Param('tenant') tenant: string,
    @Param('agency') agency: string,
    @Query('evaluation', OptionalEvaluationYearPipe) fiscalYearEvaluated: number | undefined,
  ): Promise<FollowUpList> {
    return this.queries.execute(new ListFollowUpsQuery(tenant, agency, fiscalYearEvaluated));
  }
}
