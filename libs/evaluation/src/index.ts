// The evaluation context's only door (STYLE.md §11).
export * from './domain/rubric';
export * from './domain/evaluation.events';
export * from './domain/evaluation.errors';
export { FOLLOW_UP_STATUSES, isDone } from './domain/evaluation.state';
export type { EvaluationState, FollowUpState, FollowUpStatus } from './domain/evaluation.state';
export { scoredEvaluation, type StatedEvaluation } from './domain/evaluation.rules';
export { evaluationDecider } from './domain/evaluation.decider';
export type {
  EvaluationAddress,
  EvaluationCommand,
  PlanFollowUp,
  PlanFollowUpData,
  RecommendationAddress,
  RecordEvaluation,
  RecordEvaluationData,
  ReportFollowUpProgress,
  ReportFollowUpProgressData,
  VerificationOutcome,
  VerifyFollowUp,
  VerifyFollowUpData,
} from './domain/evaluation.decider';
export type { EvaluationCommandResult, FollowUpCommandResult } from './shared/evaluation-command';
export * from './record-evaluation/record-evaluation.command';
export * from './plan-follow-up/plan-follow-up.command';
export * from './report-follow-up-progress/report-follow-up-progress.command';
export * from './verify-follow-up/verify-follow-up.command';
export {
  verifyFollowUpChange,
  VerifyFollowUpInput,
  type VerifyFollowUpChangeData,
} from './verify-follow-up/verify-follow-up.change';
export { EVIDENCE_MAX_BYTES, findEvidenceFile, sha256Of, type EvidenceFile } from './evidence/evidence-files';
export { EvidenceFiles1760000001020 } from './evidence/evidence-files.migration';
export * from './evaluation-records/evaluation.entity';
export * from './evaluation-records/follow-up.entity';
export * from './evaluation-records/evaluation-records.query';
export * from './evaluation-records/evaluation-records.projection';
export * from './evaluation-records/evaluation-records.migration';
export * from './evaluation.module';
