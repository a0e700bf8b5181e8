import { AgencyYearFacts, BudgetLineFact } from '../agency-year/agency-year-facts';
import { parentOf } from '../budget-absorption/budget-tree';
import { Finding } from './finding';

const LEVEL_ABOVE: Readonly<Record<BudgetLineFact['level'], BudgetLineFact['level'] | null>> = {
  program: null,
  activity: 'program',
  subActivity: 'activity',
};

/**
 * A kegiatan or sub kegiatan line whose parent has no budget line adds to no program: the budget
 * view cannot place it, and the agency total leaves it out.
 */
export function unplacedLineFindings(facts: AgencyYearFacts): Finding[] {
  return facts.budgetLines.flatMap((line) => {
    const above = LEVEL_ABOVE[line.level];
    if (above === null) return [];
    const parent = parentOf(facts, line);
    if (facts.budgetLines.some((other) => other.code === parent && other.level === above)) return [];
    return [
      {
        code: 'BUDGET.LINE_WITHOUT_PARENT',
        severity: 'error',
        message: `Budget line ${line.code} (${line.level}) has no budgeted ${above} above it, so no program total includes it`,
        refs: { code: line.code, level: line.level, parent, allocation: line.allocation.toString() },
      },
    ];
  });
}
