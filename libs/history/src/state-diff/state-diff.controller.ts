import { RequestValidationError } from '@jejak/http';
import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { StateDiffQueryDto, asOfOf } from '../shared/as-of.dto';
import { StateDiffView } from './state-diff';
import { StateDiffQuery } from './state-diff.query';

@ApiTags('history')
@ApiBearerAuth()
@Controller('api/v1/tenants/:tenant/agencies/:agency/state/diff')
export class StateDiffController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOperation({
    summary:
      'What changed in an agency-year between two instants: targets, budget, realizations, computed numbers (before → after)',
  })
  @ApiOkResponse({
    description: '{ changed, plan, agreement, realizations, budgetLines, conventionsVersion, computed }',
  })
  @ApiBadRequestResponse({ description: 'year, from, to or axis is malformed, or to is before from' })
  @ApiNotFoundResponse({ description: 'TENANCY.UNKNOWN_AGENCY' })
  get(
    @Param('tenant') tenant: string,
    @Param('agency') agency: string,
    @Query() query: StateDiffQueryDto,
  ): Promise<StateDiffView> {
    const from = asOfOf(query.from, query.axis);
    const to = asOfOf(query.to, query.axis);
    if (to.at < from.at)
      throw new RequestValidationError([{ path: 'to', message: 'must not be before from' }]);
    return this.queries.execute(new StateDiffQuery(tenant, agency, query.year, from, to));
  }
}
