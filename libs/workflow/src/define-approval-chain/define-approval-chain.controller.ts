import { IfMatch, authorizedMetadata } from '@jejak/http';
import { AuthenticatedAccount, CurrentActor } from '@jejak/identity';
import { Body, Controller, Param, Put, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { DocumentType } from '../domain/workflow.events';
import { DocumentTypePipe } from '../shared/document-type.pipe';
import { DefineApprovalChainCommand, DefineApprovalChainResult } from './define-approval-chain.command';
import { DefineApprovalChainDto } from './define-approval-chain.dto';

@ApiTags('workflow')
@ApiBearerAuth()
@Controller('api/v1/tenants/:tenant/approval-chains')
export class DefineApprovalChainController {
  constructor(private readonly commands: CommandBus) {}

  @Put(':documentType')
  @ApiOperation({
    summary: "Set a document type's approval chain (tenant administrator); running submissions keep theirs",
  })
  @ApiHeader({
    name: 'If-Match',
    required: false,
    description: 'The ETag of the chains read; a stale one is a 409',
  })
  @ApiOkResponse({
    description: "The chains stream's revision (also the ETag); recorded false when already so",
  })
  @ApiForbiddenResponse({ description: 'ACCESS.DENIED: not a tenant administrator' })
  @ApiConflictResponse({ description: 'If-Match is stale' })
  @ApiUnprocessableEntityResponse({ description: 'WORKFLOW.INVALID_CHAIN' })
  async define(
    @Param('tenant') tenant: string,
    @Param('documentType', DocumentTypePipe) documentType: DocumentType,
    @Body() body: DefineApprovalChainDto,
    @CurrentActor() caller: AuthenticatedAccount,
    @IfMatch() expectedRevision: number | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<DefineApprovalChainResult> {
    const metadata = authorizedMetadata(caller, 'tenant.administer', { tenant });
    const command = new DefineApprovalChainCommand(
      { documentType, steps: body.steps.map((s) => ({ ...s })) },
      metadata,
      expectedRevision,
    );
    const result = await this.commands.execute(command);
    res.status(200);
    return result;
  }
}
