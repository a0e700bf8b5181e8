import { Body, Controller, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { Response } from 'express';
import { RenstraCommandResult } from '../common/execute-renstra-command';
import { RENSTRA_ROUTE, planCommandMetadata, respond } from '../common/renstra-http';
import { RenstraCommandRoute, RenstraRequest, RenstraRequestContext } from '../common/renstra-request';
import { AmendRenstraCommand } from './amend-renstra.command';
import { AmendRenstraDto } from './amend-renstra.dto';

@ApiTags('planning')
@RenstraCommandRoute()
@Controller(RENSTRA_ROUTE)
export class AmendRenstraController {
  constructor(private readonly commands: CommandBus) {}

  @Post('amendments')
  @ApiOperation({ summary: 'Record a Perubahan Renstra: its date, reason and legal basis (plan.manage)' })
  @ApiCreatedResponse({
    description: 'The new revision (also the ETag); 200 when this amendment is already recorded',
  })
  @ApiUnprocessableEntityResponse({
    description: 'PLANNING.AMENDMENT_OUT_OF_TIME, PLANNING.AMENDMENT_CONFLICT',
  })
  async amend(
    @RenstraRequest() at: RenstraRequestContext,
    @Body() body: AmendRenstraDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<RenstraCommandResult> {
    const { agency, period } = at;
    const legalBasis = body.legalBasis ?? null;
    const metadata = {
      ...planCommandMetadata(at.tenant, agency, at.caller, body.amendedOn),
      reason: body.reason,
      ...(legalBasis ? { legalBasis } : {}),
    };
    const data = {
      agency,
      period,
      amendedOn: body.amendedOn,
      reason: body.reason,
      legalBasis,
      title: body.title ?? null,
    };
    return respond(
      res,
      await this.commands.execute(new AmendRenstraCommand(data, metadata, at.expectedRevision)),
    );
  }
}
