import { IfMatch } from '@jejak/http';
import { AuthenticatedAccount, CurrentActor } from '@jejak/identity';
import { Body, Controller, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { authorizedMetadata, occurredAtOf } from '../shared/authorized-metadata';
import { FiscalYearPipe } from '../shared/fiscal-year.pipe';
import { LedgerCommandResult } from '../shared/ledger-command';
import { reportedMeasurementOf } from '../shared/measurement-input';
import { CorrectRealizationCommand } from './correct-realization.command';
import { CorrectRealizationDto } from './correct-realization.dto';

@ApiTags('realization')
@ApiBearerAuth()
@Controller('api/v1/tenants/:tenant/agencies/:agency/realizations/:year/corrections')
export class CorrectRealizationController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @ApiOperation({ summary: 'Correct a reported realization, with its reason; the original stays on record' })
  @ApiHeader({
    name: 'If-Match',
    required: false,
    description: "The ledger's ETag read; a stale one is a 409",
  })
  @ApiCreatedResponse({ description: "Recorded; the ledger's new revision (also the ETag)" })
  @ApiOkResponse({ description: 'The value in force is already that: nothing appended' })
  @ApiForbiddenResponse({ description: 'ACCESS.DENIED' })
  @ApiNotFoundResponse({ description: 'TENANCY.UNKNOWN_AGENCY' })
  @ApiConflictResponse({ description: 'EVENTSTORE.WRONG_EXPECTED_REVISION: If-Match is stale' })
  @ApiUnprocessableEntityResponse({
    description:
      'REALIZATION.NOT_REPORTED, REALIZATION.PENDING (report the value), REALIZATION.ZERO_DENOMINATOR',
  })
  async correct(
    @Param('tenant') tenant: string,
    @Param('agency') agency: string,
    @Param('year', FiscalYearPipe) fiscalYear: number,
    @Body() body: CorrectRealizationDto,
    @IfMatch() expectedRevision: number | undefined,
    @CurrentActor() actor: AuthenticatedAccount,
    @Res({ passthrough: true }) res: Response,
  ): Promise<LedgerCommandResult> {
    // The unit is the scope of the permission only: the realization keeps the unit that reported it.
    const metadata = authorizedMetadata(
      actor,
      'realization.report',
      { agency, unit: body.unit ?? null },
      {
        tenantId: tenant,
        reason: body.reason.trim(),
        ...occurredAtOf(body.occurredOn),
      },
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
    res.status(result.recorded ? 201 : 200);
    return result;
  }
}
