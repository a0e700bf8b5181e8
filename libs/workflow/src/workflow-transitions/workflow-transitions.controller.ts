import { IfMatch, UuidPipe, commandMetadataFromContext } from '@jejak/http';
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
import { noteOf } from '../domain/workflow.decider';
import { workflowCaller } from '../shared/workflow-caller';
import {
  ApproveStepCommand,
  RejectSubmissionCommand,
  ResubmitSubmissionCommand,
  ReturnSubmissionCommand,
  TransitionData,
  WithdrawSubmissionCommand,
  WorkflowTransitionResult,
} from './workflow-transition.command';
import { ResubmitSubmissionDto, ReturnSubmissionDto, TransitionNoteDto } from './workflow-transition.dto';

@ApiTags('workflow')
@ApiBearerAuth()
@ApiHeader({
  name: 'If-Match',
  required: false,
  description: "The submission's ETag read; a stale one is a 409",
})
@ApiOkResponse({ description: 'The submission after the transition (revision as ETag)' })
@ApiNotFoundResponse({ description: 'WORKFLOW.NOT_FOUND' })
@ApiConflictResponse({
  description: 'Someone acted first: the problem carries `current` { status, step, round, revision }',
})
@Controller('api/v1/tenants/:tenant/workflows/:id')
export class WorkflowTransitionsController {
  constructor(private readonly commands: CommandBus) {}

  @Post('approve')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Approve the current step (through a post it waits for); the last approval applies the change',
  })
  @ApiForbiddenResponse({ description: 'WORKFLOW.NOT_YOUR_STEP' })
  @ApiUnprocessableEntityResponse({
    description:
      "WORKFLOW.SELF_APPROVAL, WORKFLOW.SECOND_STEP_BY_SAME_PERSON, WORKFLOW.NOT_PENDING, the target's refusal",
  })
  approve(
    @Param('tenant') tenant: string,
    @Param('id', UuidPipe) id: string,
    @Body() body: TransitionNoteDto,
    @CurrentActor() caller: AuthenticatedAccount,
    @IfMatch() expected: number | undefined,
  ): Promise<WorkflowTransitionResult> {
    const [data, metadata] = this.request(tenant, id, body, caller);
    return this.commands.execute(new ApproveStepCommand(data, metadata, expected));
  }

  @Post('return')
  @HttpCode(200)
  @ApiOperation({ summary: 'Return for revision, to the drafter or the previous step, with a note' })
  @ApiForbiddenResponse({ description: 'WORKFLOW.NOT_YOUR_STEP' })
  @ApiUnprocessableEntityResponse({ description: 'WORKFLOW.NOTE_REQUIRED, WORKFLOW.NOT_PENDING' })
  return(
    @Param('tenant') tenant: string,
    @Param('id', UuidPipe) id: string,
    @Body() body: ReturnSubmissionDto,
    @CurrentActor() caller: AuthenticatedAccount,
    @IfMatch() expected: number | undefined,
  ): Promise<WorkflowTransitionResult> {
    const [data, metadata] = this.request(tenant, id, body, caller);
    return this.commands.execute(new ReturnSubmissionCommand({ ...data, to: body.to }, metadata, expected));
  }

  @Post('reject')
  @HttpCode(200)
  @ApiOperation({ summary: 'Reject the submission, with a note: it is finished' })
  @ApiForbiddenResponse({ description: 'WORKFLOW.NOT_YOUR_STEP' })
  @ApiUnprocessableEntityResponse({ description: 'WORKFLOW.NOTE_REQUIRED, WORKFLOW.NOT_PENDING' })
  reject(
    @Param('tenant') tenant: string,
    @Param('id', UuidPipe) id: string,
    @Body() body: TransitionNoteDto,
    @CurrentActor() caller: AuthenticatedAccount,
    @IfMatch() expected: number | undefined,
  ): Promise<WorkflowTransitionResult> {
    const [data, metadata] = this.request(tenant, id, body, caller);
    return this.commands.execute(new RejectSubmissionCommand(data, metadata, expected));
  }

  @Post('withdraw')
  @HttpCode(200)
  @ApiOperation({ summary: 'Withdraw it (the drafter, while it is not finished)' })
  @ApiForbiddenResponse({ description: 'WORKFLOW.NOT_THE_DRAFTER' })
  @ApiUnprocessableEntityResponse({ description: 'WORKFLOW.FINISHED' })
  withdraw(
    @Param('tenant') tenant: string,
    @Param('id', UuidPipe) id: string,
    @Body() body: TransitionNoteDto,
    @CurrentActor() caller: AuthenticatedAccount,
    @IfMatch() expected: number | undefined,
  ): Promise<WorkflowTransitionResult> {
    const [data, metadata] = this.request(tenant, id, body, caller);
    return this.commands.execute(new WithdrawSubmissionCommand(data, metadata, expected));
  }

  @Post('resubmit')
  @HttpCode(200)
  @ApiOperation({ summary: 'Resubmit after a return to the drafter, the proposal revised or as it was' })
  @ApiForbiddenResponse({ description: 'WORKFLOW.NOT_THE_DRAFTER' })
  @ApiUnprocessableEntityResponse({
    description: "WORKFLOW.NOT_RETURNED, WORKFLOW.CHANGE_COMMAND_CHANGED, the target's refusal",
  })
  resubmit(
    @Param('tenant') tenant: string,
    @Param('id', UuidPipe) id: string,
    @Body() body: ResubmitSubmissionDto,
    @CurrentActor() caller: AuthenticatedAccount,
    @IfMatch() expected: number | undefined,
  ): Promise<WorkflowTransitionResult> {
    const [data, metadata] = this.request(tenant, id, body, caller);
    const change = body.change ? { command: body.change.command, data: body.change.data } : null;
    return this.commands.execute(new ResubmitSubmissionCommand({ ...data, change }, metadata, expected));
  }

  private request(
    tenant: string,
    workflowId: string,
    body: TransitionNoteDto,
    account: AuthenticatedAccount,
  ) {
    const metadata = commandMetadataFromContext({ tenantId: tenant });
    const caller = workflowCaller(account, metadata.now);
    const data: TransitionData = { workflowId, caller, note: noteOf(body.note) };
    return [data, { ...metadata, actor: { account: account.account, name: account.name } }] as const;
  }
}
