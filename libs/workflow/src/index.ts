// The workflow context's only door (STYLE.md §11).
export * from './domain/workflow.events';
export * from './domain/workflow.errors';
export * from './domain/workflow.state';
export * from './domain/workflow.actors';
export * from './domain/assignees';
export * from './domain/approval-chain.defaults';
export * from './domain/approval-chain.rules';
export { workflowDecider, noteOf } from './domain/workflow.decider';
export type {
  ApproveStep,
  DrafterActionData,
  EscalateStep,
  EscalateStepData,
  RecordStepReminder,
  RecordStepReminderData,
  RejectSubmission,
  ResubmitData,
  ResubmitSubmission,
  ReturnSubmission,
  ReturnSubmissionData,
  StepDecisionData,
  SubmitForApproval,
  SubmitForApprovalData,
  WithdrawSubmission,
  WorkflowCommand,
} from './domain/workflow.decider';
export { approvalChainDecider, approvalChains, chainFor } from './domain/approval-chain.decider';
export type {
  ApprovalChainCommand,
  ApprovalChainEvent,
  ApprovalChainView,
  ApprovalChainsState,
  DefineApprovalChain,
  DefineApprovalChainData,
} from './domain/approval-chain.decider';
export * from './changes/change-type';
export { CHANGE_TYPES, ChangeRegistry, type ValidChange } from './changes/change-registry';
export { amendAgreementChange, AmendAgreementInput } from './changes/amend-agreement.change';
export {
  reportRealizationsChange,
  ReportRealizationsInput,
  type ReportRealizationsData,
} from './changes/report-realizations.change';
export * from './apply-change/apply-change.job';
export {
  WorkflowEffects,
  applicationCommandId,
  type ApplicationOutcome,
} from './apply-change/workflow-effects';
export { ApplyChangeProcessor } from './apply-change/apply-change.processor';
export { WorkflowEffectsWorkerModule } from './apply-change/apply-change-worker.module';
export * from './define-approval-chain/define-approval-chain.command';
export * from './approval-chains/approval-chains.query';
export * from './submit-workflow/submit-workflow.command';
export * from './workflow-transitions/workflow-transition.command';
export * from './workflow-details/workflow-details.query';
export type {
  WorkflowView,
  WorkflowStepView,
  WorkflowTransitionView,
} from './workflow-details/workflow.view';
export { workflowCaller } from './shared/workflow-caller';
export * from './workflow.module';
export * from './inbox';
// Deadlines, reminders, escalations (BullMQ) and officials' notifications.
export * from './deadlines';
export * from './notifications';
