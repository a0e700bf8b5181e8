import { budgetLineChecks } from '@jejak/realization';
import { AgencyYearFacts } from '../agency-year/agency-year-facts';
import { Finding } from './finding';

/**
 * Spending above a line's ceiling: recorded, not refused, by the realization ledger, whose own
 * line checks say so; here it joins the agency-year's findings.
 */
export function realizedAboveAllocationFindings(facts: AgencyYearFacts): Finding[] {
  return facts.budgetLines
    .filter((line) => budgetLineChecks(line).includes('REALIZED_ABOVE_ALLOCATION'))
    .map((line) => ({
      code: 'BUDGET.REALIZED_ABOVE_ALLOCATION',
      severity: 'error',
      message: `${line.code} realized ${line.realized} against a ceiling of ${line.allocation}`,
      refs: {
        code: line.code,
        level: line.level,
        allocation: line.allocation.toString(),
        realized: String(line.realized),
        excess: ((line.realized ?? 0n) - line.allocation).toString(),
      },
    }));
}
