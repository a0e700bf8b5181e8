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
  @ApiHeader({
    name: 'If-Match',
    required: false,
    description: "The ledger's ETag read; a stale one is a 409",
  })
  @ApiCreatedResponse({ description: "Recorded; the ledger's new revision (also the ETag)" })
  @ApiOkResponse({ description: 'That ceiling is already recorded: nothing appended' })
  @ApiForbiddenResponse({ description: 'ACCESS.DENIED: budget.report is the secretary’s and the head’s' })
  @ApiNotFoundResponse({ description: 'TENANCY.UNKNOWN_AGENCY' })
  @ApiConflictResponse({ description: 'EVENTSTORE.WRONG_EXPECTED_REVISION: If-Match is stale' })
  @ApiUnprocessableEntityResponse({
    description:
      'REALIZATION.BUDGET_ALLOCATED (a new ceiling needs a new basis), REALIZATION.BUDGET_LEVEL_MISMATCH',
  })
  async allocate(
    @Param('tenant') tenant: string,
    @Param('agency') agency: string,
    @Param('year', FiscalYearPipe) fiscalYear: number,
    @Body() body: AllocateBudgetDto,
    @IfMatch() expectedRevision: number | undefined,
    @CurrentActor() actor: AuthenticatedAccount,
    @Res({ passthrough: true }) res: Response,
  ): Promise<LedgerCommandResult> {
    const basis = body.basis ?? null;
    const metadata = authorizedMetadata(
      actor,
      'budget.report',
      { agency },
      {
        tenantId: tenant,
        ...(basis !== null ? { legalBasis: basis } : {}),
        ...occurredAtOf(body.occurredOn),
      },
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
    res.status(result.recorded ? 201 : 200);
    return result;
  }
}
