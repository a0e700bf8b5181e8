import { authorizedMetadata } from '@jejak/http';
import { CurrentActor } from '@jejak/identity';
import type { AuthenticatedAccount } from '@jejak/identity';
import { Body, Controller, Param, ParseIntPipe, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { AgreementResult, respondWithAgreement } from '../agreement-result';
import { toBudget, toParty, toTargets } from '../draft-agreement/agreement-terms.dto';
import { DraftAgreementCommand } from '../draft-agreement/draft-agreement.command';
import { CascadeAgreementDto } from './cascade-agreement.dto';

@ApiTags('agreements')
@ApiBearerAuth()
@Controller('api/v1/tenants/:tenant/agencies/:agency/agreements')
export class CascadeAgreementController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':year/cascades')
  @ApiOperation({
    summary:
      'Draft a PK cascaded to a unit or person (agreement.draft); sign it at …/cascades/{party}/signature',
  })
  @ApiCreatedResponse({
    description: 'The cascaded agreement and its revision (also the ETag), with a Location',
  })
  @ApiForbiddenResponse({ description: 'ACCESS.DENIED' })
  @ApiUnprocessableEntityResponse({
    description:
      'AGREEMENT.INVALID_CASCADE (no parent), AGREEMENT.CASCADE_OUTSIDE_PARENT (a budget line the parent lacks or exceeds)…',
  })
  async cascade(
    @Param('tenant') tenant: string,
    @Param('agency') agency: string,
    @Param('year', ParseIntPipe) fiscalYear: number,
    @Body() body: CascadeAgreementDto,
    @CurrentActor() caller: AuthenticatedAccount,
    @Res({ passthrough: true }) res: Response,
  ): Promise<AgreementResult> {
    const metadata = authorizedMetadata(caller, 'agreement.draft', { tenant, agency });
    const data = {
      agency,
      fiscalYear,
      party: body.party,
      cascadedFrom: body.cascadedFrom ?? null,
      firstParty: toParty(body.firstParty),
      secondParty: toParty(body.secondParty),
      targets: toTargets(body.targets),
      budget: toBudget(body.budget),
    };
    const result = await this.commands.execute(new DraftAgreementCommand(data, metadata));
    return respondWithAgreement(res, tenant, result);
  }
}
