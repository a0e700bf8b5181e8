import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { GetWorkflowQuery } from './workflow-details.query';
import { WorkflowNotVisible, canRead } from './workflow-visibility';
import { WorkflowReader } from './workflow-reader';
import { WorkflowView } from './workflow.view';

@QueryHandler(GetWorkflowQuery)
export class GetWorkflowHandler implements IQueryHandler<GetWorkflowQuery> {
  constructor(private readonly reader: WorkflowReader) {}

  async execute({ tenantId, workflowId, caller }: GetWorkflowQuery): Promise<WorkflowView> {
    const view = await this.reader.read(tenantId, workflowId);
    if (!canRead(caller, view)) throw new WorkflowNotVisible(workflowId);
    return view;
  }
}
