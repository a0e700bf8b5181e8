import { authorizedMetadata, IfMatch } from '@jejak/http';
import { AuthenticatedAccount, CurrentActor } from '@jejak/identity';
import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { FollowUpCommandResult } from '../shared/evaluation-command';
import { FollowUpIdPipe, FollowUpKey } from '../shared/params';
import { VerifyFollowUpCommand } from './verify-follow-up.command';
import { ReturnFollowUpDto } from './verify-follow-up.dto';

@ApiTags('evaluation')
@ApiBearerAuth()
@Controller('api/v1/tenants/:tenant/agencies/:agency/follow-ups')
export class VerifyFollowUpController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/verification')
  @HttpCode(200)
  @ApiOperation({
    summary:
      "The inspectorate returns a follow-up reported done, with a note (acceptance is the workflow's final approval)",
  })
  @ApiHeader({ name: 'If-Match', required: false, description: "The LHE's ETag read; a stale one is a 409" })
  @ApiOkResponse({ description: "The follow-up's status (returned) and the LHE's revision (ETag)" })
  @ApiForbiddenResponse({ description: 'ACCESS.DENIED: only the inspectorate verifies' })
  @ApiNotFoundResponse({
    description: 'TENANCY.UNKNOWN_AGENCY, EVALUATION.UNKNOWN_EVALUATION, EVALUATION.UNKNOWN_RECOMMENDATION',
  })
  @ApiConflictResponse({ description: 'EVENTSTORE.WRONG_EXPECTED_REVISION: If-Match is stale' })
  @ApiUnprocessableEntityResponse({ description: 'FOLLOW_UP.NOT_REPORTED, FOLLOW_UP.ALREADY_VERIFIED' })
  verify(
    @Param('tenant') tenant: string,
    @Param('agency') agency: string,
    @Param('id', FollowUpIdPipe) key: FollowUpKey,
    @Body() body: ReturnFollowUpDto,
    @IfMatch() expectedRevision: number | undefined,
    @CurrentActor() actor: AuthenticatedAccount,
  ): Promise<FollowUpCommandResult> {
    const metadata = authorizedMetadata(actor, 'followup.verify', { agency }, { tenantId: tenant });
    const data = { tenantId: tenant, agency, ...key, outcome: body.outcome, note: body.note };
    return this.commands.execute(new VerifyFollowUpCommand(data, metadata, expectedRevision));
  }
}
