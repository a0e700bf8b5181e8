import { RealizationEntry } from '@jejak/measurement';
import { Query } from '@nestjs/cqrs';
import { EntityManager } from 'typeorm';
import { BudgetCheck, budgetLineChecks } from '../domain/budget.checks';
import { BudgetLevel, Measurement, Period } from '../domain/realization.events';
import { periodOrder } from '../domain/realization.rules';
import { BudgetLineEntity } from './budget-line.entity';
import { RealizationEntity } from './realization.entity';

/** A realization in force, shaped for `realizationValue` of @jejak/measurement (group by indicator first). */
export interface RecordedRealization extends RealizationEntry {
  readonly indicator: string;
  readonly period: Period;
  readonly value: string | null;
  readonly numerator: string | null;
  readonly denominator: string | null;
  /** "pending": not yet available, no value (not zero). */
  readonly status: 'pending' | 'reported';
  readonly source: string | null;
  readonly unit: string | null;
  readonly corrected: boolean;
}

/** A budget line in whole rupiah; `realized` is null until a realization is reported (not zero). */
export interface BudgetLine {
  readonly code: string;
  readonly level: BudgetLevel;
  readonly allocation: bigint;
  readonly basis: string | null;
  readonly realized: bigint | null;
  readonly physicalProgress: string | null;
  readonly period: Period | null;
}

const byIndicatorAndPeriod = (a: RealizationEntity, b: RealizationEntity): number =>
  a.indicator === b.indicator
    ? periodOrder(a.period) - periodOrder(b.period)
    : a.indicator < b.indicator
      ? -1
      : 1;

export async function realizationRows(manager: EntityManager, agency: string, fiscalYear: number) {
  return (await manager.find(RealizationEntity, { where: { agency, fiscalYear } })).sort(
    byIndicatorAndPeriod,
  );
}

export async function budgetRows(manager: EntityManager, agency: string, fiscalYear: number) {
  return manager.find(BudgetLineEntity, { where: { agency, fiscalYear }, order: { code: 'ASC' } });
}

const recordedRealization = (row: RealizationEntity): RecordedRealization => ({
  indicator: row.indicator,
  period: row.period,
  value: row.value,
  numerator: row.numerator,
  denominator: row.denominator,
  status: row.kind === 'pending' ? 'pending' : 'reported',
  source: row.source,
  unit: row.unit,
  corrected: row.corrected,
});

const budgetLine = (row: BudgetLineEntity): BudgetLine => ({
  code: row.code,
  level: row.level,
  allocation: BigInt(row.allocation),
  basis: row.basis,
  realized: row.realized === null ? null : BigInt(row.realized),
  physicalProgress: row.physicalProgress,
  period: row.period,
});

/**
 * An agency's realizations in force in a fiscal year, for the performance queries. Run it inside
 * `inTenantEntityTransaction`: row-level security scopes it to the caller's tenant.
 */
export async function findRealizations(
  manager: EntityManager,
  agency: string,
  fiscalYear: number,
): Promise<RecordedRealization[]> {
  return (await realizationRows(manager, agency, fiscalYear)).map(recordedRealization);
}

/** An agency's budget lines in a fiscal year (every level), for the budget and efficiency queries. Same scoping. */
export async function findBudgetLines(
  manager: EntityManager,
  agency: string,
  fiscalYear: number,
): Promise<BudgetLine[]> {
  return (await budgetRows(manager, agency, fiscalYear)).map(budgetLine);
}

/** The ledger stream's revision the read model reflects (its ETag); null before any event. */
export async function findLedgerRevision(
  manager: EntityManager,
  agency: string,
  fiscalYear: number,
): Promise<number | null> {
  const [row] = (await manager.query(
    `SELECT max(revision) AS revision FROM (
       SELECT revision FROM realizations WHERE agency = $1 AND fiscal_year = $2
       UNION ALL
       SELECT revision FROM budget_lines WHERE agency = $1 AND fiscal_year = $2) ledger`,
    [agency, fiscalYear],
  )) as { revision: number | null }[];
  return row?.revision ?? null;
}

export interface RealizationView {
  readonly indicator: string;
  readonly period: Period;
  readonly kind: Measurement['kind'];
  readonly value: string | null;
  readonly numerator: string | null;
  readonly denominator: string | null;
  readonly source: string | null;
  readonly unit: string | null;
  readonly corrected: boolean;
  readonly correctionReason: string | null;
  readonly occurredAt: string | null;
  readonly recordedAt: string;
}

/** Money as strings of digits in JSON (never floats), with what the checks flag. */
export interface BudgetLineView {
  readonly code: string;
  readonly level: BudgetLevel;
  readonly allocation: string;
  readonly basis: string | null;
  readonly realized: string | null;
  readonly physicalProgress: string | null;
  readonly period: Period | null;
  readonly checks: readonly BudgetCheck[];
}

export interface LedgerList<T> {
  readonly items: readonly T[];
  /** The ledger's revision (the ETag, for `If-Match` on the ledger's commands); null when empty. */
  readonly revision: number | null;
}

export const realizationView = (row: RealizationEntity): RealizationView => ({
  indicator: row.indicator,
  period: row.period,
  kind: row.kind,
  value: row.value,
  numerator: row.numerator,
  denominator: row.denominator,
  source: row.source,
  unit: row.unit,
  corrected: row.corrected,
  correctionReason: row.correctionReason,
  occurredAt: row.occurredAt?.toISOString() ?? null,
  recordedAt: row.recordedAt.toISOString(),
});

export function budgetLineView(row: BudgetLineEntity): BudgetLineView {
  const line = budgetLine(row);
  return { ...line, allocation: row.allocation, realized: row.realized, checks: budgetLineChecks(line) };
}

/** An agency's realizations of a fiscal year; unknown agency → `UnknownAgency` (404). */
export class ListRealizationsQuery extends Query<LedgerList<RealizationView>> {
  constructor(
    readonly tenantId: string,
    readonly agency: string,
    readonly fiscalYear: number,
  ) {
    super();
  }
}

/** An agency's budget lines of a fiscal year, raw (no absorption); unknown agency → `UnknownAgency` (404). */
export class ListBudgetLinesQuery extends Query<LedgerList<BudgetLineView>> {
  constructor(
    readonly tenantId: string,
    readonly agency: string,
    readonly fiscalYear: number,
  ) {
    super();
  }
}
