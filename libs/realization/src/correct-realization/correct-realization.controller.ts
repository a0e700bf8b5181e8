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
import { reportedMeasurementOf } from '../shared/measurement-input';
import { occurredAtOf } from '../shared/occurred-at';
import { CorrectRealizationCommand } from './correct-realization.command';
import { CorrectRealizationDto } from './correct-realization.dto';

@ApiTags('realization')
@ApiBearerAuth()
@Controller('api/v1/tenants/:tenant/agencies/:agency/realizations/:year/corrections')
export class CorrectRealizationController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @ApiOperation({ summary: 'Correct a reported realization, with its reason; the original stays on record' })
  @LedgerCommandRoute()
  @ApiOkResponse({ description: 'The value in force is already that: nothing appended' })
  @ApiForbiddenResponse({ description: 'ACCESS.DENIED' })
  @ApiUnprocessableEntityResponse({
    description:
      'REALIZATION.NOT_REPORTED, REALIZATION.PENDING (report the value), REALIZATION.ZERO_DENOMINATOR',
  })
  async correct(
    @Param('tenant') tenant: string,
    @Param('agency') agency: string,
    @Param('year', new FiscalYearPipe(FISCAL_YEAR_MIN, FISCAL_YEAR_MAX)) fiscalYear: number,
    @Body() body: CorrectRealizationDto,
    @IfMatch() expectedRevision: number | undefined,
    @CurrentActor() actor: AuthenticatedAccount,
    @Res({ passthrough: true }) res: Response,
  ): Promise<LedgerCommandResult> {
    // The unit is the scope of the permission only: the realization keeps the unit that reported it.
    const metadata = authorizedMetadata(
      actor,
      'realization.report',
      { tenant, agency, unit: body.unit ?? null },
      { reason: body.reason.trim(), ...occurredAtOf(body.occurredOn) },
    );
    const data = {
      tenantId: tenant,
      agency,
      fiscalYear,
      indicator: body.indicator,
      period: body.period,
      measurement: reportedMeasurementOf(body),
      ...(body.source !== undefined ? { source: body.source } : {}),
      reason: body.reason,
    };
    const result = await this.commands.execute(
      new CorrectRealizationCommand(data, metadata, expectedRevision),
    );
    return respond(res, result);
  }
}
