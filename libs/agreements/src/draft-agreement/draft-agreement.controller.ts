import { authorizedMetadata } from '@jejak/http';
import { CurrentActor } from '@jejak/identity';
import type { AuthenticatedAccount } from '@jejak/identity';
import { Body, Controller, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { AgreementResult, respondWithAgreement } from '../agreement-result';
import { toBudget, toParty, toTargets } from './agreement-terms.dto';
import { DraftAgreementCommand } from './draft-agreement.command';
import { DraftAgreementDto } from './draft-agreement.dto';

@ApiTags('agreements')
@ApiBearerAuth()
@Controller('api/v1/tenants/:tenant/agencies/:agency/agreements')
export class DraftAgreementController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @ApiOperation({ summary: "Draft the agency's Perjanjian Kinerja for a fiscal year (agreement.draft)" })
  @ApiCreatedResponse({ description: 'The agreement and its revision (also the ETag), with a Location' })
  @ApiBadRequestResponse({ description: 'Malformed input, each field named by its path (budget[0].amount)' })
  @ApiForbiddenResponse({ description: 'ACCESS.DENIED: no post of the caller may draft it' })
  @ApiNotFoundResponse({ description: 'AGREEMENT.UNKNOWN_AGENCY' })
  @ApiUnprocessableEntityResponse({
    description: 'AGREEMENT.ALREADY_DRAFTED, AGREEMENT.FUNDING_NOT_BUDGETED, AGREEMENT.DUPLICATE_INDICATOR…',
  })
  async draft(
    @Param('tenant') tenant: string,
    @Param('agency') agency: string,
    @Body() body: DraftAgreementDto,
    @CurrentActor() caller: AuthenticatedAccount,
    @Res({ passthrough: true }) res: Response,
  ): Promise<AgreementResult> {
    const metadata = authorizedMetadata(caller, 'agreement.draft', { tenant, agency });
    const data = {
      agency,
      fiscalYear: body.fiscalYear,
      party: null,
      cascadedFrom: null,
      firstParty: toParty(body.firstParty),
      secondParty: toParty(body.secondParty),
      targets: toTargets(body.targets),
      budget: toBudget(body.budget),
    };
    const result = await this.commands.execute(new DraftAgreementCommand(data, metadata));
    return respondWithAgreement(res, tenant, result);
  }
}
