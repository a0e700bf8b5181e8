import { IfMatch, authorizedMetadata } from '@jejak/http';
import { CurrentActor } from '@jejak/identity';
import type { AuthenticatedAccount } from '@jejak/identity';
import { Body, Controller, HttpCode, Param, ParseIntPipe, Post } from '@nestjs/common';
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
import { AgreementResult, occurredOn } from '../agreement-result';
import { AgreementRef } from '../domain/agreement.decider';
import { toParty } from '../draft-agreement/agreement-terms.dto';
import { SignAgreementCommand } from './sign-agreement.command';
import { SignAgreementDto } from './sign-agreement.dto';

@ApiTags('agreements')
@ApiBearerAuth()
@ApiHeader({ name: 'If-Match', required: false, description: 'The ETag read; a stale one is a 409' })
@ApiOkResponse({ description: 'The agreement and its new revision (also the ETag)' })
@ApiForbiddenResponse({ description: 'ACCESS.DENIED: no post of the caller may sign it' })
@ApiNotFoundResponse({ description: 'AGREEMENT.NOT_FOUND: never drafted' })
@ApiConflictResponse({ description: 'If-Match is stale' })
@ApiUnprocessableEntityResponse({ description: 'AGREEMENT.ALREADY_SIGNED (with another date or parties)' })
@Controller('api/v1/tenants/:tenant/agencies/:agency/agreements')
export class SignAgreementController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':year/signature')
  @HttpCode(200)
  @ApiOperation({ summary: "Record the signature of the agency's PK (agreement.sign)" })
  sign(
    @Param('tenant') tenant: string,
    @Param('agency') agency: string,
    @Param('year', ParseIntPipe) fiscalYear: number,
    @Body() body: SignAgreementDto,
    @CurrentActor() caller: AuthenticatedAccount,
    @IfMatch() expectedRevision: number | undefined,
  ): Promise<AgreementResult> {
    return this.send(tenant, { agency, fiscalYear, party: null }, body, caller, expectedRevision);
  }

  @Post(':year/cascades/:party/signature')
  @HttpCode(200)
  @ApiOperation({ summary: 'Record the signature of a cascaded PK (agreement.sign)' })
  signCascade(
    @Param('tenant') tenant: string,
    @Param('agency') agency: string,
    @Param('year', ParseIntPipe) fiscalYear: number,
    @Param('party') party: string,
    @Body() body: SignAgreementDto,
    @CurrentActor() caller: AuthenticatedAccount,
    @IfMatch() expectedRevision: number | undefined,
  ): Promise<AgreementResult> {
    return this.send(tenant, { agency, fiscalYear, party }, body, caller, expectedRevision);
  }

  private send(
    tenant: string,
    ref: AgreementRef,
    body: SignAgreementDto,
    caller: AuthenticatedAccount,
    expectedRevision?: number,
  ) {
    const metadata = authorizedMetadata(
      caller,
      'agreement.sign',
      { tenant, agency: ref.agency },
      { occurredAt: occurredOn(body.signedOn) },
    );
    const data = {
      ...ref,
      signedOn: body.signedOn,
      firstParty: body.firstParty ? toParty(body.firstParty) : null,
      secondParty: body.secondParty ? toParty(body.secondParty) : null,
    };
    return this.commands.execute(new SignAgreementCommand(data, metadata, expectedRevision));
  }
}
