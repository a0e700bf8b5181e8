import { AgencyYearFacts } from '../agency-year/agency-year-facts';
import { Finding } from './finding';
import { reportedByIndicator } from './realization-target.check';

/** The successors in force in the year that name `indicator` among those they replace. */
function successorsOf(facts: AgencyYearFacts, indicator: string): string[] {
  const inForce = facts.indicators.filter((i) => i.validFrom <= facts.year && facts.year <= i.validTo);
  const naming = inForce.filter((i) => i.replaces.includes(indicator)).map((i) => i.code);
  const named = facts.indicators.find((i) => i.code === indicator)?.replacedBy ?? [];
  return [...new Set([...naming, ...named.filter((code) => inForce.some((i) => i.code === code))])];
}

/**
 * An indicator replaced by a successor in force (a Renstra amendment: four IKUs replaced by one
 * from 2024 on, DOMAIN.md) still has realizations in the year: the year reports an indicator
 * that is no longer agreed or planned.
 */
export function replacedIndicatorFindings(facts: AgencyYearFacts): Finding[] {
  return [...reportedByIndicator(facts)].flatMap(([indicator, entries]) => {
    const successors = successorsOf(facts, indicator);
    if (successors.length === 0) return [];
    return [
      {
        code: 'INDICATOR.REPLACED_BUT_REPORTED',
        severity: 'warning',
        message: `${indicator} was replaced by ${successors.join(', ')} but still has realizations in ${facts.year}`,
        refs: { indicator, replacedBy: successors, year: facts.year, periods: entries.map((e) => e.period) },
      },
    ];
  });
}
