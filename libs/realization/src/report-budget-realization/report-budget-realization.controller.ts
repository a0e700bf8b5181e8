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
import { occurredAtOf } from '../shared/occurred-at';
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
  @LedgerCommandRoute()
  @ApiOkResponse({ description: 'Already recorded exactly so: nothing appended' })
  @ApiForbiddenResponse({ description: 'ACCESS.DENIED: budget.report is the secretary’s and the head’s' })
  @ApiUnprocessableEntityResponse({
    description:
      'REALIZATION.BUDGET_NOT_ALLOCATED, REALIZATION.BUDGET_ALREADY_REPORTED (spending above the ceiling is accepted, and flagged)',
  })
  async report(
    @Param('tenant') tenant: string,
    @Param('agency') agency: string,
    @Param('year', new FiscalYearPipe(FISCAL_YEAR_MIN, FISCAL_YEAR_MAX)) fiscalYear: number,
    @Body() body: ReportBudgetRealizationDto,
    @IfMatch() expectedRevision: number | undefined,
    @CurrentActor() actor: AuthenticatedAccount,
    @Res({ passthrough: true }) res: Response,
  ): Promise<LedgerCommandResult> {
    const metadata = authorizedMetadata(
      actor,
      'budget.report',
      { tenant, agency },
      occurredAtOf(body.occurredOn),
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
    return respond(res, result);
  }
}
