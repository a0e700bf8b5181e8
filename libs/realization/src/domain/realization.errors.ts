import { DomainError } from '@jejak/eventstore';
import { Period } from './realization.events';

export class RealizationAlreadyReported extends DomainError {
  readonly code = 'REALIZATION.ALREADY_REPORTED';
  constructor(
    readonly indicator: string,
    readonly period: Period,
  ) {
    super(
      `A different realization of ${indicator} for ${period} is already reported; use a correction (with a reason) to change it`,
      ['indicator', 'period'],
    );
  }
}

export class ZeroDenominator extends DomainError {
  readonly code = 'REALIZATION.ZERO_DENOMINATOR';
  constructor(readonly indicator: string) {
    super(`The denominator of ${indicator}'s ratio is zero: the ratio has no value`, ['denominator']);
  }
}

/** A quantity the DTOs would have refused, reaching the decider by another path (an import). */
export class InvalidQuantity extends DomainError {
  readonly code = 'REALIZATION.INVALID_QUANTITY';
  constructor(
    readonly field: string,
    expected: string,
  ) {
    super(`${field} must be ${expected}`, [field]);
  }
}

export class CorrectionReasonRequired extends DomainError {
  readonly code = 'REALIZATION.REASON_REQUIRED';
  constructor() {
    super('A correction needs its reason: the original stays on record and the reason says why it changed', [
      'reason',
    ]);
  }
}

export class NothingToCorrect extends DomainError {
  readonly code = 'REALIZATION.NOT_REPORTED';
  constructor(
    readonly indicator: string,
    readonly period: Period,
  ) {
    super(
      `No realization of ${indicator} for ${period} is reported: report it, there is nothing to correct`,
      ['indicator', 'period'],
    );
  }
}

export class PendingIsNotCorrected extends DomainError {
  readonly code = 'REALIZATION.PENDING';
  constructor(
    readonly indicator: string,
    readonly period: Period,
  ) {
    super(
      `The realization of ${indicator} for ${period} is pending: its value arrives by a report, not a correction`,
      ['indicator', 'period'],
    );
  }
}

export class BudgetAlreadyAllocated extends DomainError {
  readonly code = 'REALIZATION.BUDGET_ALLOCATED';
  constructor(readonly budgetCode: string) {
    super(
      `${budgetCode} already has a different ceiling on that basis; a new ceiling needs its own basis (e.g. "DPPA 2024")`,
      ['allocation', 'basis'],
    );
  }
}

export class BudgetLevelMismatch extends DomainError {
  readonly code = 'REALIZATION.BUDGET_LEVEL_MISMATCH';
  constructor(
    readonly budgetCode: string,
    readonly level: string,
  ) {
    super(`${budgetCode} is allocated as a ${level}; a code has one level`, ['level']);
  }
}

export class BudgetNotAllocated extends DomainError {
  readonly code = 'REALIZATION.BUDGET_NOT_ALLOCATED';
  constructor(readonly budgetCode: string) {
    super(
      `${budgetCode} has no allocation in this year: allocate its ceiling before reporting what was spent`,
      ['code'],
    );
  }
}

export class BudgetAlreadyReported extends DomainError {
  readonly code = 'REALIZATION.BUDGET_ALREADY_REPORTED';
  constructor(
    readonly budgetCode: string,
    readonly period: Period,
  ) {
    super(`A different budget realization of ${budgetCode} for ${period} is already reported`, [
      'code',
      'period',
    ]);
  }
}
