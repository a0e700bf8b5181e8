import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { TypeOrmModule } from '@nestjs/typeorm';
import { InboxController } from './inbox.controller';
import { CountInboxHandler, ListInboxHandler, ListInboxHistoryHandler } from './inbox.handler';
import { WorkflowActionEntity } from './workflow-action.entity';
import { WorkflowItemAssigneeEntity } from './workflow-item-assignee.entity';
import { WorkflowItemEntity } from './workflow-item.entity';

/**
 * The inbox's HTTP side (`/api/v1/inbox`, `/counts`, `/history`). Its projection
 * (`workflowInboxProjection`) runs in the worker; this module only reads its tables.
 */
@Module({
  imports: [
    CqrsModule,
    TypeOrmModule.forFeature([WorkflowItemEntity, WorkflowItemAssigneeEntity, WorkflowActionEntity]),
  ],
  controllers: [InboxController],
  providers: [ListInboxHandler, CountInboxHandler, ListInboxHistoryHandler],
})
export class WorkflowInboxModule {}
