import { FiscalYearPipe, IfMatch, authorizedMetadata } from '@jejak/http';
import { AuthenticatedAccount, CurrentActor } from '@jejak/identity';
import { Body, Controller, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import {
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { FISCAL_YEAR_MAX, FISCAL_YEAR_MIN } from '../domain/realization.rules';
import { LedgerCommandResult } from '../shared/ledger-command';
import { LedgerCommandRoute, respond } from '../shared/ledger-route';
import { measurementOf } from '../shared/measurement-input';
import { occurredAtOf } from '../shared/occurred-at';
import { ReportRealizationCommand } from './report-realization.command';
import { ReportRealizationDto } from './report-realization.dto';

@ApiTags('realization')
@ApiBearerAuth()
@Controller('api/v1/tenants/:tenant/agencies/:agency/realizations/:year')
export class ReportRealizationController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @ApiOperation({ summary: "Report an indicator's realization for a period: a value, a ratio, or pending" })
  @LedgerCommandRoute()
  @ApiOkResponse({ description: 'Already recorded exactly so: nothing appended' })
  @ApiForbiddenResponse({ description: 'ACCESS.DENIED: no post of the caller reports for that unit' })
  @ApiUnprocessableEntityResponse({
    description: 'REALIZATION.ALREADY_REPORTED (use a correction), REALIZATION.ZERO_DENOMINATOR',
  })
  async report(
    @Param('tenant') tenant: string,
    @Param('agency') agency: string,
    @Param('year', new FiscalYearPipe(FISCAL_YEAR_MIN, FISCAL_YEAR_MAX)) fiscalYear: number,
    @Body() body: ReportRealizationDto,
    @IfMatch() expectedRevision: number | undefined,
    @CurrentActor() actor: AuthenticatedAccount,
    @Res({ passthrough: true }) res: Response,
  ): Promise<LedgerCommandResult> {
    const unit = body.unit ?? null;
    // The unit owning the indicator's kegiatan is planning's; until it is known here, the request names it.
    const metadata = authorizedMetadata(
      actor,
      'realization.report',
      { tenant, agency, unit },
      occurredAtOf(body.occurredOn),
    );
    const data = {
      tenantId: tenant,
      agency,
      fiscalYear,
      indicator: body.indicator,
      period: body.period,
      measurement: measurementOf(body),
      source: body.source ?? null,
      unit,
    };
    const result = await this.commands.execute(
      new ReportRealizationCommand(data, metadata, expectedRevision),
    );
    return respond(res, result);
  }
}
