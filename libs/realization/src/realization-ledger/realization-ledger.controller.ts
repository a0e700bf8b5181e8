import { FiscalYearPipe } from '@jejak/http';
import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import {
  ApiBearerAuth,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiQuery,
  ApiTags,
} from '@nestjs/swagger';
import { FISCAL_YEAR_MAX, FISCAL_YEAR_MIN } from '../domain/realization.rules';
import {
  BudgetLineView,
  LedgerList,
  ListBudgetLinesQuery,
  ListRealizationsQuery,
  RealizationView,
} from './realization-ledger.query';

/** Reads the realization ledger; its revision is the ETag the ledger's commands take as If-Match. */
@ApiTags('realization')
@ApiBearerAuth()
@Controller('api/v1/tenants/:tenant/agencies/:agency')
export class RealizationLedgerController {
  constructor(private readonly queries: QueryBus) {}

  @Get('realizations')
  @ApiOperation({
    summary: "An agency's realizations in force in a fiscal year (ratios raw, pending as pending)",
  })
  @ApiQuery({ name: 'year', type: Number, example: 2024 })
  @ApiOkResponse({ description: '{ items: Realization[], revision }; the revision is also the ETag' })
  @ApiNotFoundResponse({ description: 'TENANCY.UNKNOWN_AGENCY' })
  realizations(
    @Param('tenant') tenant: string,
    @Param('agency') agency: string,
    @Query('year', new FiscalYearPipe(FISCAL_YEAR_MIN, FISCAL_YEAR_MAX)) fiscalYear: number,
  ): Promise<LedgerList<RealizationView>> {
    return this.queries.execute(new ListRealizationsQuery(tenant, agency, fiscalYear));
  }

  @Get('budget-lines')
  @ApiOperation({
    summary: "An agency's budget lines in a fiscal year: ceiling in force, cumulative realized, checks",
  })
  @ApiQuery({ name: 'year', type: Number, example: 2024 })
  @ApiOkResponse({ description: '{ items: BudgetLine[], revision }; money as strings of digits' })
  @ApiNotFoundResponse({ description: 'TENANCY.UNKNOWN_AGENCY' })
  budgetLines(
    @Param('tenant') tenant: string,
    @Param('agency') agency: string,
    @Query('year', new FiscalYearPipe(FISCAL_YEAR_MIN, FISCAL_YEAR_MAX)) fiscalYear: number,
  ): Promise<LedgerList<BudgetLineView>> {
    return this.queries.execute(new ListBudgetLinesQuery(tenant, agency, fiscalYear));
  }
}
