import { DomainError } from '@jejak/eventstore';

/** No submission with this id in the tenant (also what another tenant's looks like). */
export class WorkflowNotFound extends DomainError {
  readonly code = 'WORKFLOW.NOT_FOUND';
  override readonly status: number = 404;
  constructor(readonly workflowId: string) {
    super(`No submission "${workflowId}"`, ['workflow']);
  }
}

/** The id is taken by a submission opened otherwise (an id is never reused). */
export class WorkflowAlreadyOpened extends DomainError {
  readonly code = 'WORKFLOW.ALREADY_OPENED';
  constructor(readonly workflowId: string) {
    super(`Submission "${workflowId}" was already opened with other contents`);
  }
}

/** Approve, return and reject act on a step that waits: not on a returned or finished submission. */
export class WorkflowNotPending extends DomainError {
  readonly code = 'WORKFLOW.NOT_PENDING';
  constructor(readonly workflowStatus: string) {
    super(`The submission is ${workflowStatus}: no step waits for a decision`);
  }
}

/** Separation of duties: the person who submitted cannot approve it, whichever posts they hold. */
export class SelfApproval extends DomainError {
  readonly code = 'WORKFLOW.SELF_APPROVAL';
  constructor() {
    super('You submitted this: someone else must approve it, whichever posts you hold');
  }
}

/** Separation of duties: one person approves at most one step of a submission. */
export class SecondStepBySamePerson extends DomainError {
  readonly code = 'WORKFLOW.SECOND_STEP_BY_SAME_PERSON';
  constructor(readonly approvedStep: number) {
    super(
      `You already approved step ${approvedStep + 1} of this submission: another official must approve this one`,
    );
  }
}

/** None of the caller's posts (held or acting, today) is one the current step waits for. */
export class NotYourStep extends DomainError {
  readonly code = 'WORKFLOW.NOT_YOUR_STEP';
  override readonly status: number = 403;
  constructor(readonly step: number) {
    super(`None of your posts may act on step ${step + 1} of this submission`);
  }
}

/** Returning and rejecting say why (a note is required). */
export class NoteRequired extends DomainError {
  readonly code = 'WORKFLOW.NOTE_REQUIRED';
  constructor(readonly transition: string) {
    super(`A note is required to ${transition} a submission: say why`, ['note']);
  }
}

/** Withdrawing and resubmitting are the drafter's. */
export class NotTheDrafter extends DomainError {
  readonly code = 'WORKFLOW.NOT_THE_DRAFTER';
  override readonly status: number = 403;
  constructor() {
    super('Only the official who submitted it may do this');
  }
}

/** Approved, rejected or withdrawn: nothing more happens to it. */
export class WorkflowFinished extends DomainError {
  readonly code = 'WORKFLOW.FINISHED';
  constructor(readonly workflowStatus: string) {
    super(`The submission is ${workflowStatus}: it is finished`);
  }
}

/** Resubmitting answers a return to the drafter. */
export class NotReturnedToDrafter extends DomainError {
  readonly code = 'WORKFLOW.NOT_RETURNED';
  constructor() {
    super('The submission was not returned to you: there is nothing to resubmit');
  }
}

/** A resubmission may change the proposal, not what kind of change it is. */
export class ChangeCommandChanged extends DomainError {
  readonly code = 'WORKFLOW.CHANGE_COMMAND_CHANGED';
  constructor(
    readonly submitted: string,
    readonly resubmitted: string,
  ) {
    super(`The submission proposes ${submitted}; a resubmission cannot make it ${resubmitted}`, [
      'change.command',
    ]);
  }
}

/** A chain that could never finish: no step, a step nobody may act on, a due period below a second. */
export class InvalidApprovalChain extends DomainError {
  readonly code = 'WORKFLOW.INVALID_CHAIN';
  constructor(readonly problems: readonly { readonly path: string; readonly message: string }[]) {
    super(
      `The approval chain is not valid: ${problems.map((p) => `${p.path} ${p.message}`).join('; ')}`,
      problems.map((p) => p.path),
    );
  }
}

/** A step of the chain resolves to no post of the tenant: the submission would wait for ever. */
export class StepWithoutPost extends DomainError {
  readonly code = 'WORKFLOW.STEP_WITHOUT_POST';
  constructor(
    readonly step: number,
    readonly stepName: string,
  ) {
    super(`Step ${step + 1} (${stepName}) of the approval chain names no post of the tenant`, [
      `chain[${step}]`,
    ]);
  }
}

/** The proposed change is of a command no context has registered for approval. */
export class UnknownChange extends DomainError {
  readonly code = 'WORKFLOW.UNKNOWN_CHANGE';
  constructor(readonly command: string) {
    super(`No change "${command}" can be proposed for approval`, ['change.command']);
  }
}

/** The change does not travel under this document type (an amendment is not a realization report). */
export class ChangeNotForDocumentType extends DomainError {
  readonly code = 'WORKFLOW.CHANGE_NOT_FOR_DOCUMENT_TYPE';
  constructor(
    readonly command: string,
    readonly documentType: string,
  ) {
    super(`A ${command} change is not submitted as "${documentType}"`, ['change.command', 'documentType']);
  }
}

/** The change lands in another agency or unit than the submission names: its chain would be the wrong one. */
export class ChangeOutsideSubmission extends DomainError {
  readonly code = 'WORKFLOW.CHANGE_OUTSIDE_SUBMISSION';
  constructor(readonly field: string) {
    super(`The change's ${field} is not the submission's`, [field === 'agency' ? 'agency' : 'unit']);
  }
}
