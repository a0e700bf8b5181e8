import { uuidV5 } from '@jejak/eventstore';
import { AuthenticatedAccount, CurrentActor } from '@jejak/identity';
import { Body, Controller, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { ChangeRegistry } from '../changes/change-registry';
import { noteOf } from '../domain/workflow.decider';
import { ChangeOutsideSubmission } from '../domain/workflow.errors';
import { proposer } from '../shared/proposer';
import { SubmitWorkflowCommand, SubmitWorkflowResult } from './submit-workflow.command';
import { SubmitWorkflowDto } from './submit-workflow.dto';

@ApiTags('workflow')
@ApiBearerAuth()
@Controller('api/v1/tenants/:tenant/workflows')
export class SubmitWorkflowController {
  constructor(
    private readonly commands: CommandBus,
    private readonly registry: ChangeRegistry,
  ) {}

  @Post()
  @ApiOperation({
    summary: 'Submit a change for approval along the tenant’s chain: a draft until the last step approves it',
  })
  @ApiCreatedResponse({ description: 'The submission (revision as ETag), with its Location' })
  @ApiOkResponse({ description: 'The same submission again (Idempotency-Key): nothing appended' })
  @ApiBadRequestResponse({ description: 'Malformed input, change.data fields named by path' })
  @ApiForbiddenResponse({ description: 'ACCESS.DENIED: none of your posts may make the change yourself' })
  @ApiUnprocessableEntityResponse({
    description:
      "WORKFLOW.UNKNOWN_CHANGE, WORKFLOW.CHANGE_NOT_FOR_DOCUMENT_TYPE, WORKFLOW.CHANGE_OUTSIDE_SUBMISSION, WORKFLOW.STEP_WITHOUT_POST, and the target's own refusal (AGREEMENT.NOT_SIGNED…)",
  })
  async submit(
    @Param('tenant') tenant: string,
    @Body() body: SubmitWorkflowDto,
    @CurrentActor() caller: AuthenticatedAccount,
    @Res({ passthrough: true }) res: Response,
  ): Promise<SubmitWorkflowResult> {
    const { type, change } = await this.registry.validate(body.documentType, body.change);
    const place = type.placeOf(change.data);
    if (place.agency !== body.agency) throw new ChangeOutsideSubmission('agency');
    if (body.unit && place.unit && body.unit !== place.unit) throw new ChangeOutsideSubmission('unit');
    const unit = body.unit ?? place.unit ?? null;
    const { by, metadata } = proposer(caller, type.permission, { tenant, agency: body.agency, unit });
    // From the command id: a retry with the same Idempotency-Key names the same submission.
    const workflowId = uuidV5(`workflow|${tenant}|${metadata.commandId}`);
    const data = {
      workflowId,
      documentType: body.documentType,
      agency: body.agency,
      unit,
      title: body.title.trim(),
      change,
      submittedBy: by,
      note: noteOf(body.note),
    };
    const result = await this.commands.execute(new SubmitWorkflowCommand(data, metadata));
    res.status(result.recorded ? 201 : 200);
    res.location(`/api/v1/tenants/${tenant}/workflows/${workflowId}`);
    return result;
  }
}
