import type { BudgetItemFact, IndicatorFact } from '@jejak/performance';
import {
  AdoptedRenstra,
  IndicatorLevel,
  IndicatorRecord,
  Polarity,
  RenstraAmended,
  byCode,
  formatPeriod,
} from '@jejak/planning';

/** An indicator of the Renstra as it stood: its target for the year and the years it is in force. */
export interface PlanIndicatorAsOf {
  readonly code: string;
  readonly name: string;
  readonly unit: string | null;
  readonly polarity: Polarity;
  readonly level: IndicatorLevel;
  readonly parent: string;
  /** The Renstra's target for the year; null: none set. */
  readonly target: string | null;
  readonly targets: Readonly<Record<string, string>>;
  readonly validFrom: number;
  readonly validTo: number;
  readonly replaces: readonly string[];
  readonly replacedBy: readonly string[];
  /** False for an indicator not in force in the year that the agreement or a realization names. */
  readonly inForce: boolean;
}

export interface PlanItemAsOf {
  readonly code: string;
  readonly level: 'program' | 'activity' | 'subActivity';
  readonly parent: string | null;
  readonly name: string;
}

/** The Renstra in force for the year, as folded from its stream up to the as-of instant. */
export interface PlanAsOf {
  readonly stream: string;
  readonly period: string;
  /** The stream position of the last event folded. */
  readonly revision: number;
  readonly title: string | null;
  readonly adoptedOn: string | null;
  readonly amendments: readonly RenstraAmended['data'][];
  readonly indicators: readonly PlanIndicatorAsOf[];
  readonly budgetItems: readonly PlanItemAsOf[];
}

/**
 * The years an indicator is in force: declared (the plan's period by default), cut by its
 * replacements — the rule of planning's `validityOf`, which its index does not export.
 */
function validity(record: IndicatorRecord, renstra: AdoptedRenstra): { from: number; to: number } {
  const declaredTo = record.current.validTo ?? renstra.period.to;
  return {
    from: record.current.validFrom ?? renstra.period.from,
    to: record.endedBy === null ? declaredTo : Math.min(declaredTo, record.endedBy),
  };
}

function indicatorAsOf(record: IndicatorRecord, renstra: AdoptedRenstra, year: number): PlanIndicatorAsOf {
  const { from, to } = validity(record, renstra);
  const c = record.current;
  return {
    code: c.code,
    name: c.name,
    unit: c.unit,
    polarity: c.polarity,
    level: c.level,
    parent: c.parent,
    target: c.targets[String(year)] ?? null,
    targets: c.targets,
    validFrom: from,
    validTo: to,
    replaces: c.replaces,
    replacedBy: record.replacedBy,
    inForce: from <= year && year <= to,
  };
}

function budgetItems(renstra: AdoptedRenstra): PlanItemAsOf[] {
  const items: PlanItemAsOf[] = [
    ...[...renstra.programs.values()].map((p) => ({
      code: p.code,
      level: 'program' as const,
      parent: null,
      name: p.name,
    })),
    ...[...renstra.activities.values()].map((a) => ({
      code: a.code,
      level: 'activity' as const,
      parent: a.program,
      name: a.name,
    })),
    ...[...renstra.subActivities.values()].map((s) => ({
      code: s.code,
      level: 'subActivity' as const,
      parent: s.activity,
      name: s.name,
    })),
  ];
  return items.sort(byCode);
}

/**
 * The plan of the year: the indicators in force in it, and those of the Renstra's other
 * indicators that the year's agreement or realizations name (measured, as the performance
 * views do, though not in force).
 */
export function planAsOf(
  stream: string,
  renstra: AdoptedRenstra,
  revision: number,
  year: number,
  named: ReadonlySet<string>,
): PlanAsOf {
  const indicators = [...renstra.indicators.values()]
    .map((record) => indicatorAsOf(record, renstra, year))
    .filter((indicator) => indicator.inForce || named.has(indicator.code))
    .sort(byCode);
  const amendedTitle = [...renstra.amendments].reverse().find((a) => a.title !== null)?.title;
  return {
    stream,
    period: formatPeriod(renstra.period),
    revision,
    title: amendedTitle ?? renstra.adoption.title,
    adoptedOn: renstra.adoption.adoptedOn,
    amendments: renstra.amendments,
    indicators,
    budgetItems: budgetItems(renstra),
  };
}

/** What the computed views read of the plan. */
export const planFacts = (
  plan: PlanAsOf | null,
): { indicators: IndicatorFact[]; budgetItems: BudgetItemFact[] } => ({
  indicators: (plan?.indicators ?? []).map(({ target: _t, inForce: _i, level: _l, parent: _p, ...fact }) => ({
    ...fact,
    targets: { ...fact.targets },
    replaces: [...fact.replaces],
    replacedBy: [...fact.replacedBy],
  })),
  budgetItems: (plan?.budgetItems ?? []).map((item) => ({ ...item })),
});
