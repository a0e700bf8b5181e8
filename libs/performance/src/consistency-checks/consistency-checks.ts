import { VersionedConventions } from '@jejak/measurement';
import { AgencyYearFacts } from '../agency-year/agency-year-facts';
import { performanceView } from '../indicator-performance/indicator-performance';
import { achievementFindings } from './achievement.check';
import { agreementBudgetFindings } from './agreement-budget.check';
import { agreementTargetFindings } from './agreement-target.check';
import { budgetRollupFindings } from './budget-rollup.check';
import { unplacedLineFindings } from './budget-placement.check';
import { ChecksView, Finding } from './finding';
import { realizationTargetFindings } from './realization-target.check';
import { realizedAboveAllocationFindings } from './realized-above-allocation.check';
import { replacedIndicatorFindings } from './replaced-indicator.check';

/** Every check of an agency-year, budget first, then the agreement, then performance. */
export function checkAgencyYear(facts: AgencyYearFacts, using: VersionedConventions): Finding[] {
  return [
    ...budgetRollupFindings(facts),
    ...unplacedLineFindings(facts),
    ...realizedAboveAllocationFindings(facts),
    ...agreementBudgetFindings(facts),
    ...agreementTargetFindings(facts),
    ...realizationTargetFindings(facts),
    ...replacedIndicatorFindings(facts),
    ...achievementFindings(performanceView(facts, using).rows),
  ];
}

export const checksView = (facts: AgencyYearFacts, using: VersionedConventions): ChecksView => ({
  agency: facts.agency,
  year: facts.year,
  conventionsVersion: using.version,
  findings: checkAgencyYear(facts, using),
});
