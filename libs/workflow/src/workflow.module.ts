import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { WorkflowEffects } from './apply-change/workflow-effects';
import { ApprovalChainsController } from './approval-chains/approval-chains.controller';
import { ListApprovalChainsHandler } from './approval-chains/approval-chains.handler';
import { ChangeRegistry } from './changes/change-registry';
import { DefineApprovalChainController } from './define-approval-chain/define-approval-chain.controller';
import { DefineApprovalChainHandler } from './define-approval-chain/define-approval-chain.handler';
import { TenantPosts } from './shared/tenant-posts';
import { SubmitWorkflowController } from './submit-workflow/submit-workflow.controller';
import { SubmitWorkflowHandler } from './submit-workflow/submit-workflow.handler';
import { WorkflowDetailsController } from './workflow-details/workflow-details.controller';
import { GetWorkflowHandler } from './workflow-details/workflow-details.handler';
import { WorkflowReader } from './workflow-details/workflow-reader';
import {
  ApproveStepHandler,
  RejectSubmissionHandler,
  ResubmitSubmissionHandler,
  ReturnSubmissionHandler,
  WithdrawSubmissionHandler,
} from './workflow-transitions/workflow-transition.handlers';
import { WorkflowTransitions } from './workflow-transitions/workflow-transitions';
import { WorkflowTransitionsController } from './workflow-transitions/workflow-transitions.controller';

/**
 * The workflow context's HTTP side: approval chains, submissions and their transitions. Needs
 * `EVENT_STORE`, tenancy's posts query (TenancyModule) and, on the CommandBus, the commands of
 * the changes it applies (AgreementsModule, RealizationModule: see `CHANGE_TYPES`). The inbox,
 * deadlines and notifications have modules of their own.
 */
@Module({
  imports: [CqrsModule],
  controllers: [
    ApprovalChainsController,
    DefineApprovalChainController,
    SubmitWorkflowController,
    WorkflowDetailsController,
    WorkflowTransitionsController,
  ],
  providers: [
    ChangeRegistry,
    TenantPosts,
    WorkflowReader,
    WorkflowTransitions,
    WorkflowEffects,
    DefineApprovalChainHandler,
    ListApprovalChainsHandler,
    SubmitWorkflowHandler,
    GetWorkflowHandler,
    ApproveStepHandler,
    ReturnSubmissionHandler,
    RejectSubmissionHandler,
    WithdrawSubmissionHandler,
    ResubmitSubmissionHandler,
  ],
  exports: [ChangeRegistry, WorkflowEffects],
})
export class WorkflowModule {}
