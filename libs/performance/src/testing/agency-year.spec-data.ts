/*
 * Small agency-years for the pure specs, in the shapes the read models give. Numbers are Kota
 * Dumai's BKPSDM 2024 (fixtures/kota-dumai-bkpsdm-2024.json) unless a spec says otherwise.
 */
import type { AgreementTarget } from '@jejak/agreements';
import { DEFAULT_CONVENTIONS, mergeConventions, VersionedConventions } from '@jejak/measurement';
import type { Period } from '@jejak/realization';
import {
  AgencyYearFacts,
  AgreementVersionFact,
  BudgetItemFact,
  BudgetLineFact,
  IndicatorFact,
  RealizationFact,
} from '../agency-year/agency-year-facts';

export const YEAR = 2024;

/** Version 3 of the tenant's conventions: the README defaults, so that rows cite a version. */
export const conventionsV3: VersionedConventions = {
  version: 3,
  fromFiscalYear: 2021,
  conventions: DEFAULT_CONVENTIONS,
};

export const withConventions = (input: Parameters<typeof mergeConventions>[0]): VersionedConventions => ({
  ...conventionsV3,
  conventions: mergeConventions(input),
});

export const indicator = (
  code: string,
  targets: Record<string, string>,
  more: Partial<IndicatorFact> = {},
): IndicatorFact => ({
  code,
  name: `Indikator ${code}`,
  unit: null,
  polarity: 'higher',
  targets,
  validFrom: 2021,
  validTo: 2026,
  replaces: [],
  replacedBy: [],
  ...more,
});

export const target = (
  indicatorCode: string,
  value: string,
  fundedBy: string[] | null = null,
): AgreementTarget => ({
  indicator: indicatorCode,
  target: value,
  fundedBy,
});

export const version = (
  n: number,
  targets: AgreementTarget[],
  budget: [string, string][] = [],
  changedTargets: AgreementTarget[] = [],
): AgreementVersionFact => ({
  version: n,
  targets,
  budget: budget.map(([program, amount]) => ({ program, amount })),
  changes: {
    targets: changedTargets.map((t) => ({
      indicator: t.indicator,
      before: null,
      after: { target: t.target, fundedBy: t.fundedBy },
    })),
    budget: [],
  },
});

export const reported = (code: string, value: string, period: Period = 'FY'): RealizationFact => ({
  indicator: code,
  period,
  value,
  numerator: null,
  denominator: null,
  status: 'reported',
});

export const ratio = (
  code: string,
  numerator: string,
  denominator: string,
  period: Period = 'FY',
): RealizationFact => ({
  indicator: code,
  period,
  value: null,
  numerator,
  denominator,
  status: 'reported',
});

export const pending = (code: string, period: Period = 'FY'): RealizationFact => ({
  indicator: code,
  period,
  value: null,
  numerator: null,
  denominator: null,
  status: 'pending',
});

export const line = (
  code: string,
  level: BudgetLineFact['level'],
  allocation: bigint,
  realized: bigint | null,
): BudgetLineFact => ({ code, level, allocation, realized });

export const item = (
  code: string,
  level: BudgetItemFact['level'],
  parent: string | null,
): BudgetItemFact => ({
  code,
  level,
  parent,
  name: `Nama ${code}`,
});

export const facts = (more: Partial<AgencyYearFacts> = {}): AgencyYearFacts => ({
  agency: 'bkpsdm',
  year: YEAR,
  indicators: [],
  agreement: [],
  realizations: [],
  budgetLines: [],
  budgetItems: [],
  ...more,
});
