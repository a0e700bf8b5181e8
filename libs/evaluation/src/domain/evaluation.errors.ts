import { DomainError } from '@jejak/eventstore';

export class UnknownRubric extends DomainError {
  readonly code = 'EVALUATION.UNKNOWN_RUBRIC';
  constructor(readonly version: string) {
    super(`No rubric has the version "${version}"`, ['rubric']);
  }
}

export class ScoreOutOfRange extends DomainError {
  readonly code = 'EVALUATION.SCORE_OUT_OF_RANGE';
  constructor(
    readonly score: string,
    field = 'score',
  ) {
    super(`A score is from 0 to 100; ${score} is not`, [field]);
  }
}

export class UnknownComponent extends DomainError {
  readonly code = 'EVALUATION.UNKNOWN_COMPONENT';
  constructor(
    readonly component: string,
    readonly rubric: string,
    field: string,
  ) {
    super(`The rubric ${rubric} has no component "${component}"`, [field]);
  }
}

export class DuplicateComponent extends DomainError {
  readonly code = 'EVALUATION.DUPLICATE_COMPONENT';
  constructor(
    readonly component: string,
    field: string,
  ) {
    super(`The component "${component}" is scored twice`, [field]);
  }
}

export class ComponentScoreAboveWeight extends DomainError {
  readonly code = 'EVALUATION.SCORE_ABOVE_WEIGHT';
  constructor(
    readonly component: string,
    readonly score: string,
    readonly weight: string,
    field: string,
  ) {
    super(`${component} scores at most its weight, ${weight}; ${score} is more (or below 0)`, [field]);
  }
}

/** A value the DTOs would have refused, reaching the decider by another path (an import). */
export class InvalidEvaluationValue extends DomainError {
  readonly code = 'EVALUATION.INVALID_VALUE';
  constructor(field: string, expected: string) {
    super(`${field} must be ${expected}`, [field]);
  }
}

export class EvaluationAlreadyRecorded extends DomainError {
  readonly code = 'EVALUATION.ALREADY_RECORDED';
  constructor(
    readonly agency: string,
    readonly fiscalYearEvaluated: number,
  ) {
    super(
      `A different LHE of ${agency} for fiscal year ${fiscalYearEvaluated} is already recorded; an LHE is recorded once`,
      ['fiscalYearEvaluated'],
    );
  }
}

export class UnknownEvaluation extends DomainError {
  readonly code = 'EVALUATION.UNKNOWN_EVALUATION';
  override readonly status: number = 404;
  constructor(
    readonly agency: string,
    readonly fiscalYearEvaluated: number,
  ) {
    super(`No LHE of ${agency} for fiscal year ${fiscalYearEvaluated} is recorded`);
  }
}

export class UnknownRecommendation extends DomainError {
  readonly code = 'EVALUATION.UNKNOWN_RECOMMENDATION';
  override readonly status: number = 404;
  constructor(
    readonly fiscalYearEvaluated: number,
    readonly recommendation: number,
  ) {
    super(`The LHE of fiscal year ${fiscalYearEvaluated} has no recommendation ${recommendation}`);
  }
}

export class FollowUpNotPlanned extends DomainError {
  readonly code = 'FOLLOW_UP.NOT_PLANNED';
  constructor(readonly recommendation: number) {
    super(
      `Recommendation ${recommendation} has no action plan yet: plan its follow-up before reporting progress`,
    );
  }
}

export class FollowUpAwaitingVerification extends DomainError {
  readonly code = 'FOLLOW_UP.AWAITING_VERIFICATION';
  constructor(readonly recommendation: number) {
    super(
      `The follow-up of recommendation ${recommendation} is reported done and awaits the inspectorate's verification`,
    );
  }
}

export class FollowUpAlreadyVerified extends DomainError {
  readonly code = 'FOLLOW_UP.ALREADY_VERIFIED';
  constructor(readonly recommendation: number) {
    super(`The follow-up of recommendation ${recommendation} is verified: it is closed`);
  }
}

export class FollowUpNotReported extends DomainError {
  readonly code = 'FOLLOW_UP.NOT_REPORTED';
  constructor(readonly recommendation: number) {
    super(
      `The follow-up of recommendation ${recommendation} is not reported done: only a follow-up the agency reports done is verified`,
    );
  }
}

export class ReturnNoteRequired extends DomainError {
  readonly code = 'FOLLOW_UP.NOTE_REQUIRED';
  constructor() {
    super('A follow-up is returned with a note saying what is missing', ['note']);
  }
}

/** Components as printed (names and weights) that no rubric version has: the LHE cannot be scored. */
export class NoMatchingRubric extends DomainError {
  readonly code = 'EVALUATION.NO_MATCHING_RUBRIC';
  constructor(readonly printed: string) {
    super(`No rubric has the components ${printed} with those weights`, ['components']);
  }
}
