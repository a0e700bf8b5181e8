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
import { rubricForYear } from '../domain/rubric';
import { occurredAtOf } from '../shared/authorized-metadata';
import { toDecimalString } from '../shared/decimal-input';
import { RecordEvaluationCommand, RecordEvaluationResult } from './record-evaluation.command';
import { RecordEvaluationDto } from './record-evaluation.dto';

@ApiTags('evaluation')
@ApiBearerAuth()
@Controller('api/v1/tenants/:tenant/agencies/:agency/evaluations')
export class RecordEvaluationController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @ApiOperation({
    summary:
      "Record the inspectorate's LHE of an agency: component scores, total and grade by the rubric, recommendations",
  })
  @ApiHeader({ name: 'If-Match', required: false, description: "The LHE's ETag read; a stale one is a 409" })
  @ApiCreatedResponse({
    description: 'Recorded: the total, the grade and any discrepancy; the revision (ETag)',
  })
  @ApiOkResponse({ description: 'The same LHE again: nothing appended' })
  @ApiForbiddenResponse({ description: 'ACCESS.DENIED: only the inspectorate records an LHE' })
  @ApiNotFoundResponse({ description: 'TENANCY.UNKNOWN_AGENCY' })
  @ApiConflictResponse({ description: 'EVENTSTORE.WRONG_EXPECTED_REVISION: If-Match is stale' })
  @ApiUnprocessableEntityResponse({
    description:
      'EVALUATION.ALREADY_RECORDED, EVALUATION.SCORE_ABOVE_WEIGHT, EVALUATION.UNKNOWN_COMPONENT, EVALUATION.DUPLICATE_COMPONENT',
  })
  async record(
    @Param('tenant') tenant: string,
    @Param('agency') agency: string,
    @Body() body: RecordEvaluationDto,
    @IfMatch() expectedRevision: number | undefined,
    @CurrentActor() actor: AuthenticatedAccount,
    @Res({ passthrough: true }) res: Response,
  ): Promise<RecordEvaluationResult> {
    const issuedOn = body.issuedOn ?? null;
    const metadata = authorizedMetadata(
      actor,
      'evaluation.record',
      { agency },
      { tenantId: tenant, ...occurredAtOf(issuedOn ?? undefined) },
    );
    const present = <T>(value: T | null | undefined): value is T => value !== null && value !== undefined;
    const data = {
      tenantId: tenant,
      agency,
      fiscalYearEvaluated: body.fiscalYearEvaluated,
      letterNumber: body.letterNumber ?? null,
      issuedOn,
      evaluator: body.evaluator ?? null,
      rubric: body.rubric ?? rubricForYear(body.fiscalYearEvaluated).version,
      components: (body.components ?? []).map((c) => ({
        component: c.component,
        score: present(c.score) ? toDecimalString(c.score) : null,
      })),
      stated: { score: present(body.score) ? toDecimalString(body.score) : null, grade: body.grade ?? null },
      recommendations: (body.recommendations ?? []).map((r) => ({
        text: r.text,
        component: r.component ?? null,
      })),
    };
    const result = await this.commands.execute(new RecordEvaluationCommand(data, metadata, expectedRevision));
    res.status(result.recorded ? 201 : 200);
    res.location(`/api/v1/tenants/${tenant}/agencies/${agency}/evaluations/${body.fiscalYearEvaluated}`);
    return result;
  }
}
