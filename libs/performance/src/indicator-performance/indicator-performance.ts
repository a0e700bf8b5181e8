import {
  AgreementTerms,
  MeasuredIndicator,
  measureIndicator,
  Polarity,
  VersionedConventions,
} from '@jejak/measurement';
import { AgencyYearFacts, AgreementVersionFact } from '../agency-year/agency-year-facts';

/** One indicator of the year as the API shows it: the measured row with what names it. */
export interface PerformanceRowView {
  readonly indicator: string;
  readonly name: string;
  readonly unit: string | null;
  readonly polarity: Polarity;
  /** Decimal text: the agreement's target in force, else the Renstra's for the year. */
  readonly target: string;
  readonly targetSource: 'agreement' | 'renstra';
  /** Decimal text, unrounded (a ratio n ÷ d × 100 keeps its digits). */
  readonly realization: string;
  /** Rounded by the conventions; null where none can be computed (zero target…). */
  readonly achievement: string | null;
  readonly band: string | null;
  readonly conventionsVersion: number;
}

export interface PerformanceView {
  readonly agency: string;
  readonly year: number;
  readonly conventionsVersion: number;
  readonly rows: readonly PerformanceRowView[];
}

/** A row with the unrounded achievement efficiency is computed from. */
export interface MeasuredRow {
  readonly view: PerformanceRowView;
  readonly measured: MeasuredIndicator;
}

/** The PK in force: its last signed version; null when none is signed. */
export const agreementInForce = (versions: readonly AgreementVersionFact[]): AgreementVersionFact | null =>
  versions.at(-1) ?? null;

/** The targets in force, as measurement reads an agreement (the budget plays no part in a target). */
export const agreedTerms = (version: AgreementVersionFact | null): AgreementTerms | null =>
  version && { targets: version.targets };

/**
 * Every indicator of the year with both a target and a realization (FY, else Q4; a pending one
 * has none), measured by the conventions in force (interchange README).
 */
export function measurePerformance(facts: AgencyYearFacts, using: VersionedConventions): MeasuredRow[] {
  const agreement = agreementInForce(facts.agreement);
  const agreed = new Set(agreement?.targets.map((t) => t.indicator) ?? []);
  return facts.indicators.flatMap((indicator) => {
    const entries = facts.realizations.filter((r) => r.indicator === indicator.code);
    const measured = measureIndicator(indicator, facts.year, agreedTerms(agreement), entries, using);
    if (measured === null) return [];
    const view: PerformanceRowView = {
      indicator: indicator.code,
      name: indicator.name,
      unit: indicator.unit,
      polarity: indicator.polarity,
      target: measured.row.target,
      targetSource: agreed.has(indicator.code) ? 'agreement' : 'renstra',
      realization: measured.row.realization,
      achievement: measured.row.achievement,
      band: measured.row.band,
      conventionsVersion: using.version,
    };
    return [{ view, measured }];
  });
}

export const performanceView = (facts: AgencyYearFacts, using: VersionedConventions): PerformanceView => ({
  agency: facts.agency,
  year: facts.year,
  conventionsVersion: using.version,
  rows: measurePerformance(facts, using).map((row) => row.view),
});
