// Deadlines: the public pieces, re-exported by the workflow context's index.
export * from './domain/deadline.schedule';
export { superiorPosts, type DirectoryPost } from './domain/step-posts';
export {
  deadlineDecider,
  StepNotYetDue,
  type DeadlineCommand,
  type DeadlineJobData,
  type EscalateOverdueStep,
  type SendStepReminder,
} from './domain/deadline.decider';
export type { DeadlineCommandResult } from './deadline-command';
export * from './send-step-reminder/send-step-reminder.command';
export * from './escalate-overdue-step/escalate-overdue-step.command';
export * from './workflow-deadlines/workflow-deadline.entity';
export * from './workflow-deadlines/workflow-deadlines.migration';
export {
  workflowDeadlinesProjection,
  WORKFLOW_DEADLINES,
} from './workflow-deadlines/workflow-deadlines.projection';
export * from './deadlines-worker.module';
