import { sumRupiah } from '@jejak/measurement';
import { AgencyYearFacts, BudgetLineFact } from '../agency-year/agency-year-facts';
import { linesUnder } from '../budget-absorption/budget-tree';
import { Finding } from './finding';

const PARTS: ReadonlyArray<[BudgetLineFact['level'], BudgetLineFact['level'], string, string]> = [
  ['program', 'activity', 'program', 'kegiatan'],
  ['activity', 'subActivity', 'kegiatan', 'sub kegiatan'],
];

function mismatch(
  parent: BudgetLineFact,
  parts: readonly BudgetLineFact[],
  field: 'allocation' | 'realized',
  names: [string, string],
): Finding[] {
  const amounts = parts.map((p) => p[field]);
  const own = parent[field];
  // An unreported realization is unknown, not zero: no sum to compare.
  if (own === null || amounts.some((a) => a === null)) return [];
  const sum = sumRupiah(amounts as bigint[]);
  if (sum === own) return [];
  return [
    {
      code: field === 'allocation' ? 'BUDGET.ALLOCATION_PARTS_MISMATCH' : 'BUDGET.REALIZED_PARTS_MISMATCH',
      severity: 'error',
      message: `The ${names[1]} of ${names[0]} ${parent.code} sum to ${sum} ${field}, the ${names[0]} shows ${own}`,
      refs: {
        code: parent.code,
        level: parent.level,
        parts: parts.map((p) => p.code),
        amount: own.toString(),
        sumOfParts: sum.toString(),
        difference: (own - sum).toString(),
      },
    },
  ];
}

/**
 * Kegiatan budgets (allocation and realized) sum to their program's, and sub kegiatan to their
 * kegiatan's, wherever a line has budgeted parts (DOMAIN.md: tables whose numbers do not add up).
 */
export function budgetRollupFindings(facts: AgencyYearFacts): Finding[] {
  return PARTS.flatMap(([level, partLevel, parentName, partName]) =>
    facts.budgetLines
      .filter((line) => line.level === level)
      .flatMap((parent) => {
        const parts = linesUnder(facts, partLevel, parent.code);
        if (parts.length === 0) return [];
        return (['allocation', 'realized'] as const).flatMap((field) =>
          mismatch(parent, parts, field, [parentName, partName]),
        );
      }),
  );
}
