import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApprovalChainsView, ListApprovalChainsQuery } from './approval-chains.query';

@ApiTags('workflow')
@ApiBearerAuth()
@Controller('api/v1/tenants/:tenant/approval-chains')
export class ApprovalChainsController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOperation({
    summary: "The tenant's approval chain per document type; `defined: false` marks a default",
  })
  @ApiOkResponse({ description: '{ tenant, revision, items: [{ documentType, steps, defined }] }' })
  @ApiNotFoundResponse({ description: 'TENANCY.UNKNOWN_TENANT' })
  list(@Param('tenant') tenant: string): Promise<ApprovalChainsView> {
    return this.queries.execute(new ListApprovalChainsQuery(tenant));
  }
}
