import { dec } from '@jejak/measurement';
import { AgreementBudgetLine, AgreementTarget, DecimalString, Rupiah } from './agreement.events';
import {
  DuplicateIndicator,
  DuplicateProgram,
  FundingProgramNotBudgeted,
  InvalidAmount,
  InvalidDate,
  InvalidTarget,
  NoTargets,
} from './agreement.errors';
import { DATE_PATTERN, RUPIAH_PATTERN } from './agreement.rules';

/** What a version of the agreement holds: the targets and the budget in force. */
export interface AgreementTerms {
  readonly targets: readonly AgreementTarget[];
  readonly budget: readonly AgreementBudgetLine[];
}

export interface TargetTerms {
  readonly target: DecimalString;
  readonly fundedBy: readonly string[] | null;
}

/** One target line before → after an amendment; null on one side: added or removed. */
export interface TargetChange {
  readonly indicator: string;
  readonly before: TargetTerms | null;
  readonly after: TargetTerms | null;
}

export interface BudgetChange {
  readonly program: string;
  readonly before: Rupiah | null;
  readonly after: Rupiah | null;
}

export interface AgreementChanges {
  readonly targets: readonly TargetChange[];
  readonly budget: readonly BudgetChange[];
}

export const NO_CHANGES: AgreementChanges = { targets: [], budget: [] };

/** "254.50" → "254.5": one spelling per number, so a re-sent command compares equal to the recorded one. */
function canonicalDecimal(value: string, path: string): DecimalString {
  if (typeof value !== 'string' || value.trim() === '') throw new InvalidTarget(path);
  let parsed;
  try {
    parsed = dec(value);
  } catch {
    throw new InvalidTarget(path);
  }
  if (!parsed.isFinite()) throw new InvalidTarget(path);
  return parsed.isZero() ? '0' : parsed.toFixed();
}

function canonicalRupiah(value: string, path: string): Rupiah {
  if (typeof value !== 'string' || !RUPIAH_PATTERN.test(value)) throw new InvalidAmount(path);
  return BigInt(value).toString();
}

function assertUnique(codes: readonly string[], error: (code: string, index: number) => Error): void {
  const seen = new Set<string>();
  codes.forEach((code, index) => {
    if (seen.has(code)) throw error(code, index);
    seen.add(code);
  });
}

/** The targets list, validated and in canonical form; refusals name the offending path. */
export function canonicalTargets(targets: readonly AgreementTarget[], path = 'targets'): AgreementTarget[] {
  if (targets.length === 0) throw new NoTargets();
  assertUnique(
    targets.map((t) => t.indicator),
    (code, i) => new DuplicateIndicator(code, `${path}[${i}].indicator`),
  );
  return targets.map((t, i) => {
    const fundedBy = t.fundedBy ?? null;
    if (fundedBy)
      assertUnique(fundedBy, (code, j) => new DuplicateProgram(code, `${path}[${i}].fundedBy[${j}]`));
    return { indicator: t.indicator, target: canonicalDecimal(t.target, `${path}[${i}].target`), fundedBy };
  });
}

export function canonicalBudget(
  budget: readonly AgreementBudgetLine[],
  path = 'budget',
): AgreementBudgetLine[] {
  assertUnique(
    budget.map((b) => b.program),
    (code, i) => new DuplicateProgram(code, `${path}[${i}].program`),
  );
  return budget.map((b, i) => ({
    program: b.program,
    amount: canonicalRupiah(b.amount, `${path}[${i}].amount`),
  }));
}

/**
 * Every program a target names in `fundedBy` is one of the agreement's budget lines: efficiency
 * is computed over those programs' budget (DOMAIN.md), so a name outside the budget would fund
 * nothing. `targetsPath` null: the targets were not sent, so the budget change is what broke it.
 */
export function assertFundingBudgeted(terms: AgreementTerms, targetsPath: string | null = 'targets'): void {
  const budgeted = new Set(terms.budget.map((b) => b.program));
  terms.targets.forEach((t, i) =>
    (t.fundedBy ?? []).forEach((program, j) => {
      if (budgeted.has(program)) return;
      throw new FundingProgramNotBudgeted(
        program,
        targetsPath === null ? 'budget' : `${targetsPath}[${i}].fundedBy[${j}]`,
      );
    }),
  );
}

/** A real calendar date or null (undated: the platform never invents a date). */
export function assertDate(value: string | null, path: string): void {
  if (value === null) return;
  const valid =
    typeof value === 'string' &&
    DATE_PATTERN.test(value) &&
    new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
  if (!valid) throw new InvalidDate(path);
}

const sameFunding = (a: readonly string[] | null, b: readonly string[] | null): boolean =>
  a === null || b === null ? a === b : a.length === b.length && a.every((program) => b.includes(program));

const sameTarget = (a: TargetTerms | null, b: TargetTerms | null): boolean =>
  a !== null && b !== null && a.target === b.target && sameFunding(a.fundedBy, b.fundedBy);

function targetChanges(
  before: readonly AgreementTarget[],
  after: readonly AgreementTarget[],
): TargetChange[] {
  const terms = (t: AgreementTarget | undefined): TargetTerms | null =>
    t ? { target: t.target, fundedBy: t.fundedBy } : null;
  const old = new Map(before.map((t) => [t.indicator, t]));
  const changed = after
    .map((t) => ({ indicator: t.indicator, before: terms(old.get(t.indicator)), after: terms(t) }))
    .filter((c) => !sameTarget(c.before, c.after));
  const kept = new Set(after.map((t) => t.indicator));
  const removed = before
    .filter((t) => !kept.has(t.indicator))
    .map((t) => ({ indicator: t.indicator, before: terms(t), after: null }));
  return [...changed, ...removed];
}

function budgetChanges(
  before: readonly AgreementBudgetLine[],
  after: readonly AgreementBudgetLine[],
): BudgetChange[] {
  const old = new Map(before.map((b) => [b.program, b.amount]));
  const changed = after
    .map((b) => ({ program: b.program, before: old.get(b.program) ?? null, after: b.amount }))
    .filter((c) => c.before !== c.after);
  const kept = new Set(after.map((b) => b.program));
  const removed = before
    .filter((b) => !kept.has(b.program))
    .map((b) => ({ program: b.program, before: b.amount, after: null }));
  return [...changed, ...removed];
}

/** What an amendment changed: the target and budget lines that differ, before → after (order of lines ignored). */
export function changesBetween(before: AgreementTerms, after: AgreementTerms): AgreementChanges {
  return {
    targets: targetChanges(before.targets, after.targets),
    budget: budgetChanges(before.budget, after.budget),
  };
}

export const changesNothing = (changes: AgreementChanges): boolean =>
  changes.targets.length === 0 && changes.budget.length === 0;

export const sameTerms = (a: AgreementTerms, b: AgreementTerms): boolean =>
  changesNothing(changesBetween(a, b));

/** The budget's total, exact (rupiah are never floats). */
export const budgetTotal = (budget: readonly AgreementBudgetLine[]): Rupiah =>
  budget.reduce((sum, line) => sum + BigInt(line.amount), 0n).toString();
