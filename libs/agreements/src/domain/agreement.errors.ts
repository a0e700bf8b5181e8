import { DomainError } from '@jejak/eventstore';

/** The agency named in the path does not exist in the tenant (or is another tenant's). */
export class UnknownAgency extends DomainError {
  readonly code = 'AGREEMENT.UNKNOWN_AGENCY';
  override readonly status: number = 404;
  constructor(readonly agency: string) {
    super(`Agency "${agency}" does not exist`, ['agency']);
  }
}

export class AgreementNotFound extends DomainError {
  readonly code = 'AGREEMENT.NOT_FOUND';
  override readonly status: number = 404;
  constructor(
    readonly agency: string,
    readonly fiscalYear: number,
    readonly party: string | null = null,
  ) {
    super(
      `No performance agreement of ${agency} for ${fiscalYear}${party ? ` with ${party}` : ''} has been drafted`,
    );
  }
}

export class AgreementAlreadyDrafted extends DomainError {
  readonly code = 'AGREEMENT.ALREADY_DRAFTED';
  constructor() {
    super('This performance agreement is already drafted with other terms; amend it instead');
  }
}

export class AgreementAlreadySigned extends DomainError {
  readonly code = 'AGREEMENT.ALREADY_SIGNED';
  constructor() {
    super('This performance agreement is already signed, with another date or other parties', ['signedOn']);
  }
}

export class AgreementNotSigned extends DomainError {
  readonly code = 'AGREEMENT.NOT_SIGNED';
  constructor() {
    super(
      'Only a signed performance agreement can be amended (PK Perubahan); change the draft by signing it first',
    );
  }
}

export class AmendmentReasonRequired extends DomainError {
  readonly code = 'AGREEMENT.REASON_REQUIRED';
  constructor() {
    super('An amendment (PK Perubahan) needs its reason', ['reason']);
  }
}

export class AmendmentWithoutTerms extends DomainError {
  readonly code = 'AGREEMENT.AMENDMENT_EMPTY';
  constructor() {
    super('An amendment carries the new targets, the new budget, or both', ['targets', 'budget']);
  }
}

export class AmendmentChangesNothing extends DomainError {
  readonly code = 'AGREEMENT.AMENDMENT_CHANGES_NOTHING';
  constructor() {
    super('The amendment leaves the targets and the budget in force as they are', ['targets', 'budget']);
  }
}

/** A numbered amendment (an import's) that is not the next one, or differs from the one recorded under its number. */
export class AmendmentConflict extends DomainError {
  readonly code = 'AGREEMENT.AMENDMENT_CONFLICT';
  constructor(
    readonly amendment: number,
    detail: string,
  ) {
    super(`Amendment ${amendment} ${detail}`, ['amendment']);
  }
}

export class NoTargets extends DomainError {
  readonly code = 'AGREEMENT.NO_TARGETS';
  constructor() {
    super('A performance agreement agrees on at least one target', ['targets']);
  }
}

export class DuplicateIndicator extends DomainError {
  readonly code = 'AGREEMENT.DUPLICATE_INDICATOR';
  constructor(
    readonly indicator: string,
    path: string,
  ) {
    super(`Indicator "${indicator}" has two targets in one list`, [path]);
  }
}

export class DuplicateProgram extends DomainError {
  readonly code = 'AGREEMENT.DUPLICATE_PROGRAM';
  constructor(
    readonly program: string,
    path: string,
  ) {
    super(`Program "${program}" appears twice in one list`, [path]);
  }
}

export class InvalidTarget extends DomainError {
  readonly code = 'AGREEMENT.INVALID_TARGET';
  constructor(path: string) {
    super('A target is a finite decimal number', [path]);
  }
}

export class InvalidAmount extends DomainError {
  readonly code = 'AGREEMENT.INVALID_AMOUNT';
  constructor(path: string) {
    super('An amount is a whole, non-negative number of rupiah (below 10^15)', [path]);
  }
}

/** `fundedBy` names the programs whose budget the indicator's efficiency is computed over: they must be budgeted. */
export class FundingProgramNotBudgeted extends DomainError {
  readonly code = 'AGREEMENT.FUNDING_NOT_BUDGETED';
  constructor(
    readonly program: string,
    path: string,
  ) {
    super(`Program "${program}" funds a target but is not in the agreement's budget`, [path]);
  }
}

export class InvalidDate extends DomainError {
  readonly code = 'AGREEMENT.INVALID_DATE';
  constructor(path: string) {
    super('A date is an ISO calendar date (YYYY-MM-DD), or null when the document gives none', [path]);
  }
}

export class InvalidCascade extends DomainError {
  readonly code = 'AGREEMENT.INVALID_CASCADE';
  constructor(detail: string, field = 'cascadedFrom') {
    super(detail, [field]);
  }
}

/** A cascaded PK's budget reaches outside its parent's budget in force. */
export class CascadeOutsideParent extends DomainError {
  readonly code = 'AGREEMENT.CASCADE_OUTSIDE_PARENT';
  constructor(detail: string, path: string) {
    super(detail, [path]);
  }
}
