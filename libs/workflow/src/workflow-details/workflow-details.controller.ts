import { UuidPipe } from '@jejak/http';
import { AuthenticatedAccount, CurrentActor } from '@jejak/identity';
import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import {
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { GetWorkflowQuery } from './workflow-details.query';
import { WorkflowView } from './workflow.view';

@ApiTags('workflow')
@ApiBearerAuth()
@Controller('api/v1/tenants/:tenant/workflows')
export class WorkflowDetailsController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':id')
  @ApiOperation({
    summary: 'A submission: its draft change, chain, current step and history; the revision is the ETag',
  })
  @ApiOkResponse({ description: 'The submission' })
  @ApiForbiddenResponse({ description: 'WORKFLOW.NOT_VISIBLE' })
  @ApiNotFoundResponse({ description: 'WORKFLOW.NOT_FOUND' })
  get(
    @Param('tenant') tenant: string,
    @Param('id', UuidPipe) id: string,
    @CurrentActor() caller: AuthenticatedAccount,
  ): Promise<WorkflowView> {
    return this.queries.execute(new GetWorkflowQuery(tenant, id, caller));
  }
}
