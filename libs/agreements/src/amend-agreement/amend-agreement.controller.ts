import { IfMatch, authorizedMetadata } from '@jejak/http';
import { CurrentActor } from '@jejak/identity';
import type { AuthenticatedAccount } from '@jejak/identity';
import { Body, Controller, Param, ParseIntPipe, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { AgreementResult, occurredOn, respondWithAgreement } from '../agreement-result';
import { AgreementRef } from '../domain/agreement.decider';
import { toBudget, toTargets } from '../draft-agreement/agreement-terms.dto';
import { AmendAgreementCommand } from './amend-agreement.command';
import { AmendAgreementDto } from './amend-agreement.dto';

@ApiTags('agreements')
@ApiBearerAuth()
@ApiHeader({ name: 'If-Match', required: false, description: 'The ETag read; a stale one is a 409' })
@ApiCreatedResponse({
  description:
    'The agreement and its new revision (also the ETag); Location: the agreement with its versions',
})
@ApiForbiddenResponse({ description: 'ACCESS.DENIED: no post of the caller may amend it' })
@ApiNotFoundResponse({ description: 'AGREEMENT.NOT_FOUND' })
@ApiConflictResponse({ description: 'If-Match is stale' })
@ApiUnprocessableEntityResponse({
  description:
    'AGREEMENT.NOT_SIGNED, AGREEMENT.REASON_REQUIRED, AGREEMENT.AMENDMENT_CHANGES_NOTHING, AGREEMENT.FUNDING_NOT_BUDGETED…',
})
@Controller('api/v1/tenants/:tenant/agencies/:agency/agreements')
export class AmendAgreementController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':year/amendments')
  @ApiOperation({ summary: "Amend the agency's signed PK: PK Perubahan (agreement.amend)" })
  amend(
    @Param('tenant') tenant: string,
    @Param('agency') agency: string,
    @Param('year', ParseIntPipe) fiscalYear: number,
    @Body() body: AmendAgreementDto,
    @CurrentActor() caller: AuthenticatedAccount,
    @IfMatch() expectedRevision: number | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<AgreementResult> {
    return this.send(tenant, { agency, fiscalYear, party: null }, body, caller, res, expectedRevision);
  }

  @Post(':year/cascades/:party/amendments')
  @ApiOperation({ summary: 'Amend a signed cascaded PK (agreement.amend)' })
  amendCascade(
    @Param('tenant') tenant: string,
    @Param('agency') agency: string,
    @Param('year', ParseIntPipe) fiscalYear: number,
    @Param('party') party: string,
    @Body() body: AmendAgreementDto,
    @CurrentActor() caller: AuthenticatedAccount,
    @IfMatch() expectedRevision: number | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<AgreementResult> {
    return this.send(tenant, { agency, fiscalYear, party }, body, caller, res, expectedRevision);
  }

  private async send(
    tenant: string,
    ref: AgreementRef,
    body: AmendAgreementDto,
    caller: AuthenticatedAccount,
    res: Response,
    expectedRevision?: number,
  ): Promise<AgreementResult> {
    const legalBasis = body.legalBasis ?? null;
    const extra = {
      occurredAt: occurredOn(body.signedOn),
      reason: body.reason,
      ...(legalBasis ? { legalBasis } : {}),
    };
    const metadata = authorizedMetadata(caller, 'agreement.amend', { tenant, agency: ref.agency }, extra);
    const data = {
      ...ref,
      amendment: null,
      signedOn: body.signedOn,
      reason: body.reason,
      legalBasis,
      targets: body.targets ? toTargets(body.targets) : null,
      budget: body.budget ? toBudget(body.budget) : null,
    };
    const result = await this.commands.execute(new AmendAgreementCommand(data, metadata, expectedRevision));
    return respondWithAgreement(res, tenant, result);
  }
}
