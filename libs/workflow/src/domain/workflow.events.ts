import { DomainEvent } from '@jejak/eventstore';

/** What travels for approval (paraf berjenjang). */
export type DocumentType = 'realization' | 'agreement' | 'agreement-amendment' | 'follow-up' | 'lkjip';

/**
 * Who may act on a step: posts, never people. Either named posts, or a role resolved against
 * the submission's agency (and unit, for unit-bound roles such as head-of-unit).
 */
export type AssigneeScope = 'unit' | 'agency' | 'tenant';

export interface StepAssignee {
  readonly posts?: readonly string[];
  readonly role?: string;
  /**
   * For a role: look for it in the submitting unit ('unit'), anywhere in the agency ('agency', the
   * default), or anywhere in the tenant ('tenant': the inspectorate is an agency of its own).
   */
  readonly scope?: AssigneeScope;
}

export interface ChainStep {
  readonly name: string;
  readonly assignees: readonly StepAssignee[];
  /** How long the step may wait before it is overdue, in seconds; null: no due date. */
  readonly dueInSeconds: number | null;
}

/** The acting person: account, display name, the post acted in, and the acting appointment if any. */
export interface WorkflowActor {
  readonly account: string;
  readonly name: string | null;
  readonly post: string | null;
  /** Plt. / Plh.: the post is held as an acting appointment. */
  readonly acting: boolean;
}

/**
 * The change that takes effect when the last step approves: a command of another context, by
 * type and data. Until then it is a draft, visible along the chain.
 */
export interface ProposedChange {
  readonly command: string;
  readonly data: unknown;
}

/** Stream `{tenant}/workflow-{id}`. The chain is copied in: later edits of the chain do not touch it. */
export type SubmissionOpened = DomainEvent<
  'SubmissionOpened',
  {
    readonly workflowId: string;
    readonly documentType: DocumentType;
    readonly agency: string;
    readonly unit: string | null;
    readonly title: string;
    readonly change: ProposedChange;
    readonly chain: readonly ChainStep[];
    readonly submittedBy: WorkflowActor;
    readonly note: string | null;
  }
>;
export type StepApproved = DomainEvent<
  'StepApproved',
  { readonly step: number; readonly by: WorkflowActor; readonly note: string | null }
>;
/** Returned for revision, to the drafter or to the previous step; a note is required. */
export type SubmissionReturned = DomainEvent<
  'SubmissionReturned',
  {
    readonly step: number;
    readonly to: 'drafter' | 'previous';
    readonly toStep: number | null;
    readonly by: WorkflowActor;
    readonly note: string;
  }
>;
export type SubmissionResubmitted = DomainEvent<
  'SubmissionResubmitted',
  { readonly by: WorkflowActor; readonly change: ProposedChange; readonly note: string | null }
>;
export type SubmissionRejected = DomainEvent<
  'SubmissionRejected',
  { readonly step: number; readonly by: WorkflowActor; readonly note: string }
>;
export type SubmissionWithdrawn = DomainEvent<
  'SubmissionWithdrawn',
  { readonly by: WorkflowActor; readonly note: string | null }
>;
/** The last step approved: the proposed change is now applied by its own command. */
export type SubmissionApproved = DomainEvent<'SubmissionApproved', { readonly change: ProposedChange }>;

/** A reminder went to the holders of the step's posts before its due date (sent by the deadline job). */
export type StepReminderSent = DomainEvent<
  'StepReminderSent',
  { readonly step: number; readonly round: number; readonly dueAt: string; readonly posts: readonly string[] }
>;
/** The step passed its due date: escalated to the superior post(s). */
export type StepEscalated = DomainEvent<
  'StepEscalated',
  { readonly step: number; readonly round: number; readonly dueAt: string; readonly to: readonly string[] }
>;

export type WorkflowEvent =
  | StepReminderSent
  | StepEscalated
  | SubmissionOpened
  | StepApproved
  | SubmissionReturned
  | SubmissionResubmitted
  | SubmissionRejected
  | SubmissionWithdrawn
  | SubmissionApproved;

export const workflowStream = (tenant: string, workflowId: string): string =>
  `${tenant}/workflow-${workflowId}`;

/** Stream `{tenant}/approval-chains`: the tenant's chain per document type, versioned by the log. */
export type ApprovalChainDefined = DomainEvent<
  'ApprovalChainDefined',
  { readonly documentType: DocumentType; readonly steps: readonly ChainStep[] }
>;
export const approvalChainsStream = (tenant: string): string => `${tenant}/approval-chains`;
