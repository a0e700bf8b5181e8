import { IfMatch } from '@jejak/http';
import { CurrentActor } from '@jejak/identity';
import type { AuthenticatedAccount } from '@jejak/identity';
import { Body, Controller, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { RenstraCommandResult } from '../common/execute-renstra-command';
import { AGENCY_ROUTE, AgencyPipe, planCommandMetadata, respond } from '../common/renstra-http';
import { AdoptRenstraCommand } from './adopt-renstra.command';
import { AdoptRenstraDto } from './adopt-renstra.dto';

@ApiTags('planning')
@ApiBearerAuth()
@Controller(`${AGENCY_ROUTE}/renstra`)
export class AdoptRenstraController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @ApiOperation({ summary: "Adopt the agency's Renstra for a period (plan.manage)" })
  @ApiCreatedResponse({
    description: 'The Renstra and its revision (also the ETag), with a Location; 200 when already adopted so',
  })
  @ApiForbiddenResponse({ description: 'ACCESS.DENIED: no post of yours may manage this plan' })
  @ApiNotFoundResponse({ description: 'TENANCY.UNKNOWN_AGENCY' })
  @ApiUnprocessableEntityResponse({
    description: 'PLANNING.INVALID_PERIOD, PLANNING.RENSTRA_ALREADY_ADOPTED, PLANNING.ADOPTED_AFTER_PERIOD',
  })
  async adopt(
    @Param('tenant') tenant: string,
    @Param('agency', AgencyPipe) agency: string,
    @Body() body: AdoptRenstraDto,
    @IfMatch() expectedRevision: number | undefined,
    @CurrentActor() caller: AuthenticatedAccount,
    @Res({ passthrough: true }) res: Response,
  ): Promise<RenstraCommandResult> {
    const metadata = planCommandMetadata(tenant, agency, caller, body.adoptedOn);
    const data = {
      agency,
      title: body.title,
      period: { from: body.period.from, to: body.period.to },
      adoptedOn: body.adoptedOn ?? null,
    };
    const result = await this.commands.execute(new AdoptRenstraCommand(data, metadata, expectedRevision));
    res.location(`/api/v1/tenants/${tenant}/agencies/${agency}/renstra/${result.period}`);
    return respond(res, result);
  }
}
