import { Body, Controller, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { Response } from 'express';
import { RenstraCommandResult } from '../common/execute-renstra-command';
import { RENSTRA_ROUTE, asBody, planCommandMetadata, respond } from '../common/renstra-http';
import { RenstraCommandRoute, RenstraRequest, RenstraRequestContext } from '../common/renstra-request';
import { RecordHistoricalResultsCommand } from './record-history.command';
import { HistoricalResultDto, toHistoricalResult } from './record-history.dto';

@ApiTags('planning')
@RenstraCommandRoute()
@Controller(RENSTRA_ROUTE)
export class RecordHistoryController {
  constructor(private readonly commands: CommandBus) {}

  @Post('history')
  @ApiOperation({ summary: "Record an earlier year's result as reported then (plan.manage)" })
  @ApiCreatedResponse({
    description: 'The new revision (also the ETag); 200 when this result is already recorded',
  })
  @ApiUnprocessableEntityResponse({
    description: 'PLANNING.HISTORY_CONFLICT, PLANNING.HISTORY_INDICATOR_UNNAMED',
  })
  record(
    @RenstraRequest() at: RenstraRequestContext,
    @Body() body: HistoricalResultDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<RenstraCommandResult> {
    const metadata = planCommandMetadata(at.tenant, at.agency, at.caller);
    const data = { agency: at.agency, period: at.period, results: [toHistoricalResult(body)] };
    return asBody('results[0]', async () =>
      respond(
        res,
        await this.commands.execute(new RecordHistoricalResultsCommand(data, metadata, at.expectedRevision)),
      ),
    );
  }
}
