import { AuthenticatedAccount, CurrentActor } from '@jejak/identity';
import { Controller, Get, Headers, Param, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { auditorPost } from '../shared/auditor.access';
import { auditTrailCsv, wantsCsv } from './audit-trail.csv';
import { AuditTrailQueryDto, auditTrailFilters } from './audit-trail.dto';
import { AuditTrailPage, AuditTrailQuery } from './audit-trail.query';

export const NEXT_CURSOR_HEADER = 'X-Jejak-Next-Cursor';

/** The audit trail, straight from the event log (history is not a read model). */
@ApiTags('history')
@ApiBearerAuth()
@Controller('api/v1/tenants/:tenant/history')
export class AuditTrailController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOperation({
    summary:
      "The tenant's audit trail: every event with its person, post, acting appointment, reason, dates and a summary",
  })
  @ApiProduces('application/json', 'text/csv')
  @ApiOkResponse({
    description: `{ tenant, entries, nextCursor }, in log order; CSV with ?format=csv or Accept: text/csv (next page's cursor in ${NEXT_CURSOR_HEADER})`,
  })
  @ApiBadRequestResponse({ description: 'A filter is malformed: the problem names the parameter' })
  @ApiForbiddenResponse({
    description: 'ACCESS.DENIED: not the inspectorate, the tenant administrator or the platform',
  })
  @ApiNotFoundResponse({ description: "Unknown, or another tenant's" })
  async list(
    @Param('tenant') tenant: string,
    @Query() query: AuditTrailQueryDto,
    @Headers('accept') accept: string | undefined,
    @CurrentActor() caller: AuthenticatedAccount,
    @Res({ passthrough: true }) res: Response,
  ): Promise<AuditTrailPage | string> {
    auditorPost(caller, 'read the audit trail');
    const page = await this.queries.execute(new AuditTrailQuery(tenant, auditTrailFilters(tenant, query)));
    if (page.nextCursor !== null) res.setHeader(NEXT_CURSOR_HEADER, page.nextCursor);
    if (!wantsCsv(query.format, accept)) return page;
    res.type('text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="jejak-${tenant}-history.csv"`);
    return auditTrailCsv(page.entries);
  }
}
