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
import { Evidence } from '../domain/evaluation.events';
import { EvidenceFile, sha256Of } from '../evidence/evidence-files';
import { occurredAtOf } from '../shared/authorized-metadata';
import { FollowUpCommandResult } from '../shared/evaluation-command';
import { RECOMMENDATION_ROUTE } from '../shared/follow-up-route';
import { EvaluationYearPipe, RecommendationNumberPipe } from '../shared/params';
import { ReportFollowUpProgressCommand } from './report-follow-up-progress.command';
import { EvidenceFileDto, ReportFollowUpProgressDto } from './report-follow-up-progress.dto';

/** The uploaded file's bytes and what the event says of them: hash, name, media type, size. */
function uploadOf(file: EvidenceFileDto): EvidenceFile {
  const bytes = Buffer.from(file.contentBase64, 'base64');
  return { sha256: sha256Of(bytes), name: file.name, mediaType: file.mediaType, size: bytes.length, bytes };
}

function evidenceOf(body: ReportFollowUpProgressDto, upload: EvidenceFile | undefined): Evidence | null {
  if (upload) {
    const { sha256, name, mediaType, size } = upload;
    return { kind: 'file', sha256, name, mediaType, size };
  }
  return body.link ? { kind: 'link', url: body.link } : null;
}

@ApiTags('evaluation')
@ApiBearerAuth()
@Controller(RECOMMENDATION_ROUTE)
export class ReportFollowUpProgressController {
  constructor(private readonly commands: CommandBus) {}

  @Post('progress')
  @ApiOperation({
    summary:
      "Report progress on a recommendation's follow-up, with evidence (a link, or a file in base64 kept by its SHA-256)",
  })
  @ApiHeader({ name: 'If-Match', required: false, description: "The LHE's ETag read; a stale one is a 409" })
  @ApiCreatedResponse({
    description: "Reported; the follow-up's status (in-progress, or reported when complete)",
  })
  @ApiOkResponse({ description: 'That report is already on record: nothing appended' })
  @ApiForbiddenResponse({
    description: "ACCESS.DENIED: the agency's sekretaris, head, or head of the unit reports",
  })
  @ApiNotFoundResponse({
    description: 'TENANCY.UNKNOWN_AGENCY, EVALUATION.UNKNOWN_EVALUATION, EVALUATION.UNKNOWN_RECOMMENDATION',
  })
  @ApiConflictResponse({ description: 'EVENTSTORE.WRONG_EXPECTED_REVISION: If-Match is stale' })
  @ApiUnprocessableEntityResponse({
    description: 'FOLLOW_UP.NOT_PLANNED, FOLLOW_UP.AWAITING_VERIFICATION, FOLLOW_UP.ALREADY_VERIFIED',
  })
  async report(
    @Param('tenant') tenant: string,
    @Param('agency') agency: string,
    @Param('year', EvaluationYearPipe) fiscalYearEvaluated: number,
    @Param('n', RecommendationNumberPipe) recommendation: number,
    @Body() body: ReportFollowUpProgressDto,
    @IfMatch() expectedRevision: number | undefined,
    @CurrentActor() actor: AuthenticatedAccount,
    @Res({ passthrough: true }) res: Response,
  ): Promise<FollowUpCommandResult> {
    const metadata = authorizedMetadata(
      actor,
      'followup.plan',
      { agency, unit: body.unit ?? null },
      { tenantId: tenant, ...occurredAtOf(body.occurredOn) },
    );
    const upload = body.file ? uploadOf(body.file) : undefined;
    const data = {
      tenantId: tenant,
      agency,
      fiscalYearEvaluated,
      recommendation,
      note: body.note ?? null,
      evidence: evidenceOf(body, upload),
      complete: body.complete ?? false,
    };
    const command = new ReportFollowUpProgressCommand(data, metadata, expectedRevision, upload);
    const result = await this.commands.execute(command);
    res.status(result.recorded ? 201 : 200);
    return result;
  }
}
