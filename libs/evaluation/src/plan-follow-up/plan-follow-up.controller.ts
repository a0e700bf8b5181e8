import { authorizedMetadata, IfMatch } from '@jejak/http';
import { AuthenticatedAccount, CurrentActor } from '@jejak/identity';
import { Body, Controller, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { occurredAtOf } from '../shared/authorized-metadata';
import { FollowUpCommandResult } from '../shared/evaluation-command';
import { RECOMMENDATION_ROUTE } from '../shared/follow-up-route';
import { EvaluationYearPipe, RecommendationNumberPipe } from '../shared/params';
import { PlanFollowUpCommand } from './plan-follow-up.command';
import { PlanFollowUpDto } from './plan-follow-up.dto';

@ApiTags('evaluation')
@ApiBearerAuth()
@Controller(RECOMMENDATION_ROUTE)
export class PlanFollowUpController {
  constructor(private readonly commands: CommandBus) {}

  @Post('action-plan')
  @ApiOperation({
    summary:
      "The agency's action plan for a recommendation: action, expected output, due date, responsible unit",
  })
  @ApiHeader({ name: 'If-Match', required: false, description: "The LHE's ETag read; a stale one is a 409" })
  @ApiCreatedResponse({ description: "Planned (or revised); the follow-up's status and the revision (ETag)" })
  @ApiOkResponse({ description: 'That plan is already on record: nothing appended' })
  @ApiForbiddenResponse({
    description: "ACCESS.DENIED: the agency's sekretaris, head, or head of the unit plans",
  })
  @ApiNotFoundResponse({
    description: 'TENANCY.UNKNOWN_AGENCY, EVALUATION.UNKNOWN_EVALUATION, EVALUATION.UNKNOWN_RECOMMENDATION',
  })
  @ApiConflictResponse({ description: 'EVENTSTORE.WRONG_EXPECTED_REVISION: If-Match is stale' })
  @ApiUnprocessableEntityResponse({
    description: 'FOLLOW_UP.AWAITING_VERIFICATION, FOLLOW_UP.ALREADY_VERIFIED',
  })
  async plan(
    @Param('tenant') tenant: string,
    @Param('agency') agency: string,
    @Param('year', EvaluationYearPipe) fiscalYearEvaluated: number,
    @Param('n', RecommendationNumberPipe) recommendation: number,
    @Body() body: PlanFollowUpDto,
    @IfMatch() expectedRevision: number | undefined,
    @CurrentActor() actor: AuthenticatedAccount,
    @Res({ passthrough: true }) res: Response,
  ): Promise<FollowUpCommandResult> {
    const unit = body.unit ?? null;
    const metadata = authorizedMetadata(
      actor,
      'followup.plan',
      { agency, unit },
      { tenantId: tenant, ...occurredAtOf(body.occurredOn) },
    );
    const data = {
      tenantId: tenant,
      agency,
      fiscalYearEvaluated,
      recommendation,
      action: body.action,
      expectedOutput: body.expectedOutput ?? null,
      due: body.due ?? null,
      responsibleUnit: body.responsibleUnit ?? null,
      unit,
    };
    const result = await this.commands.execute(new PlanFollowUpCommand(data, metadata, expectedRevision));
    res.status(result.recorded ? 201 : 200);
    return result;
  }
}
