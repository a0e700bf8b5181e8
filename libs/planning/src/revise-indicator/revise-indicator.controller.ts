import { Body, Controller, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { Response } from 'express';
import { RenstraCommandResult } from '../common/execute-renstra-command';
import {
  IndicatorCodePipe,
  RENSTRA_ROUTE,
  asBody,
  planCommandMetadata,
  respond,
} from '../common/renstra-http';
import { RenstraCommandRoute, RenstraRequest, RenstraRequestContext } from '../common/renstra-request';
import { ReviseIndicatorCommand } from './revise-indicator.command';
import { ReviseIndicatorDto, toIndicatorChanges } from './revise-indicator.dto';

@ApiTags('planning')
@RenstraCommandRoute()
@Controller(RENSTRA_ROUTE)
export class ReviseIndicatorController {
  constructor(private readonly commands: CommandBus) {}

  @Post('indicators/:code/revisions')
  @ApiOperation({
    summary:
      "Revise an indicator's targets or descriptive fields; the earlier definition stays on record (plan.manage)",
  })
  @ApiCreatedResponse({ description: 'The new revision (also the ETag); 200 when nothing changes' })
  @ApiUnprocessableEntityResponse({
    description: 'PLANNING.TARGET_OUTSIDE_VALIDITY; 404 PLANNING.UNKNOWN_INDICATOR',
  })
  revise(
    @RenstraRequest() at: RenstraRequestContext,
    @Param('code', IndicatorCodePipe) code: string,
    @Body() body: ReviseIndicatorDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<RenstraCommandResult> {
    const metadata = planCommandMetadata(at.tenant, at.agency, at.caller, body.occurredOn);
    const data = {
      agency: at.agency,
      period: at.period,
      code,
      changes: toIndicatorChanges(body),
      reason: body.reason ?? null,
    };
    return asBody('changes', async () =>
      respond(
        res,
        await this.commands.execute(new ReviseIndicatorCommand(data, metadata, at.expectedRevision)),
      ),
    );
  }
}
