import { DomainError } from '@jejak/eventstore';

/**
 * Refusals of the planning context. `fields` are JSON paths into the command's data
 * (`indicators[2].parent`); a controller that sends a list of one rebases them onto its body.
 */

export class RenstraNotFound extends DomainError {
  readonly code = 'PLANNING.RENSTRA_NOT_FOUND';
  override readonly status: number = 404;
  constructor(agency: string, period: string) {
    super(`Agency "${agency}" has no Renstra ${period}`, ['period']);
  }
}

export class NoRenstraInForce extends DomainError {
  readonly code = 'PLANNING.NO_RENSTRA_IN_FORCE';
  override readonly status: number = 404;
  constructor(agency: string, year: number) {
    super(`Agency "${agency}" has no Renstra in force in ${year}`, ['year']);
  }
}

export class InvalidPeriod extends DomainError {
  readonly code = 'PLANNING.INVALID_PERIOD';
  constructor(message: string) {
    super(message, ['period.to']);
  }
}

export class AdoptedAfterPeriod extends DomainError {
  readonly code = 'PLANNING.ADOPTED_AFTER_PERIOD';
  constructor(adoptedOn: string, to: number) {
    super(`A Renstra ending in ${to} cannot be adopted on ${adoptedOn}`, ['adoptedOn']);
  }
}

export class RenstraAlreadyAdopted extends DomainError {
  readonly code = 'PLANNING.RENSTRA_ALREADY_ADOPTED';
  constructor(period: string) {
    super(`The Renstra ${period} is already adopted, differently; amend it instead`, ['title', 'adoptedOn']);
  }
}

export class AmendmentWithoutReason extends DomainError {
  readonly code = 'PLANNING.AMENDMENT_REASON_REQUIRED';
  constructor() {
    super('A Perubahan Renstra states its reason', ['reason']);
  }
}

export class AmendmentOutOfTime extends DomainError {
  readonly code = 'PLANNING.AMENDMENT_OUT_OF_TIME';
  constructor(message: string) {
    super(message, ['amendedOn']);
  }
}

export class AmendmentConflict extends DomainError {
  readonly code = 'PLANNING.AMENDMENT_CONFLICT';
  constructor(amendedOn: string | null) {
    super(`An amendment of ${amendedOn ?? 'no date'} with this reason is already recorded, differently`, [
      'legalBasis',
      'title',
    ]);
  }
}

/** The code is already defined with other content: define is not edit (indicators have revisions). */
export class DefinedDifferently extends DomainError {
  readonly code = 'PLANNING.DEFINED_DIFFERENTLY';
  constructor(what: string, code: string, field: string) {
    super(`${what} "${code}" is already defined differently`, [field]);
  }
}

/** A reference to a goal, objective, program, kegiatan or sub kegiatan the plan does not have. */
export class UnknownReference extends DomainError {
  readonly code: string;
  constructor(
    kind: 'goal' | 'objective' | 'program' | 'activity' | 'subActivity',
    ref: string,
    field: string,
  ) {
    super(`The plan has no ${kind} "${ref}"`, [field]);
    this.code = `PLANNING.UNKNOWN_${kind === 'subActivity' ? 'SUB_ACTIVITY' : kind.toUpperCase()}`;
  }
}

/** Programs, kegiatan and sub kegiatan share one namespace: budget data names any of them by code. */
export class BudgetCodeTaken extends DomainError {
  readonly code = 'PLANNING.BUDGET_CODE_TAKEN';
  constructor(code: string, takenBy: string, field: string) {
    super(`Code "${code}" is already the code of a ${takenBy}`, [field]);
  }
}

export class CodeNotUnderParent extends DomainError {
  readonly code = 'PLANNING.CODE_NOT_UNDER_PARENT';
  constructor(code: string, parent: string, field: string) {
    super(`Code "${code}" is not under "${parent}" (it must start with "${parent}.")`, [field]);
  }
}

export class UnknownIndicator extends DomainError {
  readonly code = 'PLANNING.UNKNOWN_INDICATOR';
  override readonly status: number = 404;
  constructor(code: string) {
    super(`The plan has no indicator "${code}"`, ['code']);
  }
}

export class ValidityOutsidePeriod extends DomainError {
  readonly code = 'PLANNING.VALIDITY_OUTSIDE_PERIOD';
  constructor(message: string, field: string) {
    super(message, [field]);
  }
}

export class TargetOutsideValidity extends DomainError {
  readonly code = 'PLANNING.TARGET_OUTSIDE_VALIDITY';
  constructor(year: string, from: number, to: number, field: string) {
    super(`A target for ${year} lies outside the years the indicator is in force (${from}–${to})`, [field]);
  }
}

export class InvalidDecimal extends DomainError {
  readonly code = 'PLANNING.INVALID_DECIMAL';
  constructor(value: string, field: string) {
    super(`"${value}" is not a decimal number`, [field]);
  }
}

export class IndicatorReplacesItself extends DomainError {
  readonly code = 'PLANNING.INDICATOR_REPLACES_ITSELF';
  constructor(code: string, field: string) {
    super(`Indicator "${code}" cannot replace itself`, [field]);
  }
}

/** The successor would start before its predecessor does: the predecessor would never be in force. */
export class ReplacedBeforeInForce extends DomainError {
  readonly code = 'PLANNING.REPLACED_BEFORE_IN_FORCE';
  constructor(
    predecessor: string,
    predecessorFrom: number,
    successor: string,
    successorFrom: number,
    field: string,
  ) {
    super(
      `"${successor}" replaces "${predecessor}" from ${successorFrom}, but "${predecessor}" is in force only from ${predecessorFrom}`,
      [field],
    );
  }
}

export class HistoricalResultConflict extends DomainError {
  readonly code = 'PLANNING.HISTORY_CONFLICT';
  constructor(indicator: string, year: number, field: string) {
    super(`A different result of "${indicator}" in ${year} is already recorded`, [field]);
  }
}

/** A result of an indicator the plan does not define is only meaningful with its name (interchange rule). */
export class UnnamedHistoricalIndicator extends DomainError {
  readonly code = 'PLANNING.HISTORY_INDICATOR_UNNAMED';
  constructor(indicator: string, field: string) {
    super(`"${indicator}" is not an indicator of this plan: its result needs the indicator's name`, [field]);
  }
}
