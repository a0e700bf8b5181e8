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
import { toRupiahString } from '../shared/quantity-input';
import { AllocateBudgetCommand } from './allocate-budget.command';
import { AllocateBudgetDto } from './allocate-budget.dto';

@ApiTags('realization')
@ApiBearerAuth()
@Controller('api/v1/tenants/:tenant/agencies/:agency/budget/:year/allocations')
export class AllocateBudgetController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @ApiOperation({
    summary:
      'Set the ceiling (pagu) of a program, kegiatan or sub kegiatan: the DPA, or the DPPA replacing it',
  })
  @LedgerCommandRoute()
  @ApiOkResponse({ description: 'That ceiling is already recorded: nothing appended' })
  @ApiForbiddenResponse({ description: 'ACCESS.DENIED: budget.report is the secretary’s and the head’s' })
  @ApiUnprocessableEntityResponse({
    description:
      'REALIZATION.BUDGET_ALLOCATED (a new ceiling needs a new basis), REALIZATION.BUDGET_LEVEL_MISMATCH',
  })
  async allocate(
    @Param('tenant') tenant: string,
    @Param('agency') agency: string,
    @Param('year', new FiscalYearPipe(FISCAL_YEAR_MIN, FISCAL_YEAR_MAX)) fiscalYear: number,
    @Body() body: AllocateBudgetDto,
    @IfMatch() expectedRevision: number | undefined,
    @CurrentActor() actor: AuthenticatedAccount,
    @Res({ passthrough: true }) res: Response,
  ): Promise<LedgerCommandResult> {
    const basis = body.basis ?? null;
    const metadata = authorizedMetadata(
      actor,
      'budget.report',
      { tenant, agency },
      { ...(basis !== null ? { legalBasis: basis } : {}), ...occurredAtOf(body.occurredOn) },
    );
    const data = {
      tenantId: tenant,
      agency,
      fiscalYear,
      code: body.code,
      level: body.level,
      allocation: toRupiahString(body.allocation),
      basis,
    };
    const result = await this.commands.execute(new AllocateBudgetCommand(data, metadata, expectedRevision));
    return respond(res, result);
  }
}
