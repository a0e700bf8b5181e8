import { targetFor } from '@jejak/measurement';
import { AgencyYearFacts, RealizationFact } from '../agency-year/agency-year-facts';
import { agreedTerms, agreementInForce } from '../indicator-performance/indicator-performance';
import { Finding } from './finding';

/** The year's reported (not pending) realizations, grouped by indicator, in the ledger's order. */
export function reportedByIndicator(facts: AgencyYearFacts): Map<string, RealizationFact[]> {
  const groups = new Map<string, RealizationFact[]>();
  facts.realizations
    .filter((r) => r.status !== 'pending')
    .forEach((r) => groups.set(r.indicator, [...(groups.get(r.indicator) ?? []), r]));
  return groups;
}

/**
 * A realization reported for an indicator that has no target in the year (neither in the PK nor
 * in the Renstra), or that the Renstra does not know: nothing can measure it.
 */
export function realizationTargetFindings(facts: AgencyYearFacts): Finding[] {
  const terms = agreedTerms(agreementInForce(facts.agreement));
  return [...reportedByIndicator(facts)].flatMap(([indicator, entries]) => {
    const known = facts.indicators.find((i) => i.code === indicator);
    if (targetFor(known ?? { code: indicator }, facts.year, terms) !== null) return [];
    return [
      {
        code: 'REALIZATION.WITHOUT_TARGET',
        severity: 'warning',
        message: known
          ? `${indicator} has realizations in ${facts.year} but no target for that year`
          : `${indicator} has realizations in ${facts.year} but is not an indicator of the Renstra in force`,
        refs: {
          indicator,
          year: facts.year,
          periods: entries.map((e) => e.period),
          inRenstra: known ? 'yes' : 'no',
        },
      },
    ];
  });
}
