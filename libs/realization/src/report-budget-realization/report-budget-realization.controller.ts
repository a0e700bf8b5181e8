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
import { toDecimalString, toRupiahString } from '../shared/quantity-input';
import { ReportBudgetRealizationCommand } from './report-budget-realization.command';
import { ReportBudgetRealizationDto } from './report-budget-realization.dto';

@ApiTags('realization')
@ApiBearerAuth()
@Controller('api/v1/tenants/:tenant/agencies/:agency/budget/:year/realizations')
export class ReportBudgetRealizationController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @ApiOperation({
    summary: 'Report what was spent on a budget line up to a period (SPJ), with physical progress',
  })
  @ApiHeader({
    name: 'If-Match',
    required: false,
    description: "The ledger's ETag read; a stale one is a 409",
  })
  @ApiCreatedResponse({ description: "Recorded; the ledger's new revision (also the ETag)" })
  @ApiOkResponse({ description: 'Already recorded exactly so: nothing appended' })
  @ApiForbiddenResponse({ description: 'ACCESS.DENIED: budget.report is the secretary’s and the head’s' })
  @ApiNotFoundResponse({ description: 'TENANCY.UNKNOWN_AGENCY' })
  @ApiConflictResponse({ description: 'EVENTSTORE.WRONG_EXPECTED_REVISION: If-Match is stale' })
  @ApiUnprocessableEntityResponse({
    description:
      'REALIZATION.BUDGET_NOT_ALLOCATED, REALIZATION.BUDGET_ALREADY_REPORTED (spending above the ceiling is accepted, and flagged)',
  })
  async report(
    @Param('tenant') tenant: string,
    @Param('agency') agency: string,
    @Param('year', FiscalYearPipe) fiscalYear: number,
    @Body() body: ReportBudgetRealizationDto,
    @IfMatch() expectedRevision: number | undefined,
    @CurrentActor() actor: AuthenticatedAccount,
    @Res({ passthrough: true }) res: Response,
  ): Promise<LedgerCommandResult> {
    const metadata = authorizedMetadata(
      actor,
      'budget.report',
      { agency },
      {
        tenantId: tenant,
        ...occurredAtOf(body.occurredOn),
      },
    );
    const progress = body.physicalProgress;
    const data = {
      tenantId: tenant,
      agency,
      fiscalYear,
      code: body.code,
      period: body.period,
      realized: toRupiahString(body.realized),
      physicalProgress: progress === undefined || progress === null ? null : toDecimalString(progress),
    };
    const result = await this.commands.execute(
      new ReportBudgetRealizationCommand(data, metadata, expectedRevision),
    );
    res.status(result.recorded ? 201 : 200);
    return result;
  }
}
