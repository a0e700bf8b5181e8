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
import { AgencyStateQueryDto, asOfOf } from '../shared/as-of.dto';
import { AgencyStateView } from './agency-state';
import { AgencyStateQuery } from './agency-state.query';

@ApiTags('history')
@ApiBearerAuth()
@Controller('api/v1/tenants/:tenant/agencies/:agency/state')
export class AgencyStateController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOperation({
    summary:
      'The plan, the agreement, the realizations and the computed numbers of an agency-year as they were at an instant, folded from the log',
  })
  @ApiOkResponse({
    description:
      '{ plan, agreement: { inForce, versions }, realizations, conventions, computed: { performance, budget, efficiency }, heldBack }',
  })
  @ApiBadRequestResponse({ description: 'year, asOf or axis is malformed: the problem names it' })
  @ApiNotFoundResponse({ description: 'TENANCY.UNKNOWN_AGENCY' })
  get(
    @Param('tenant') tenant: string,
    @Param('agency') agency: string,
    @Query() query: AgencyStateQueryDto,
  ): Promise<AgencyStateView> {
    const asOf = asOfOf(query.asOf, query.axis);
    return this.queries.execute(new AgencyStateQuery(tenant, agency, query.year, asOf));
  }
}
