import { budgetTotal } from '@jejak/agreements';
import { sumRupiah } from '@jejak/measurement';
import { AgencyYearFacts } from '../agency-year/agency-year-facts';
import { programLines } from '../budget-absorption/budget-tree';
import { agreementInForce } from '../indicator-performance/indicator-performance';
import { Finding } from './finding';

/** Programs whose PK amount differs from their budget ceiling, or that only one side has. */
function differingPrograms(facts: AgencyYearFacts, budget: readonly { program: string; amount: string }[]) {
  const ceilings = new Map(programLines(facts).map((line) => [line.code, line.allocation]));
  const agreed = new Map(budget.map((line) => [line.program, BigInt(line.amount)]));
  const codes = [...new Set([...ceilings.keys(), ...agreed.keys()])];
  return codes.filter((code) => ceilings.get(code) !== agreed.get(code));
}

/**
 * The PK in force agrees the budget per program: its total is the budget ceiling, the sum of the
 * program allocations (after a DPPA, the amended PK's; DOMAIN.md, "The agreement").
 */
export function agreementBudgetFindings(facts: AgencyYearFacts): Finding[] {
  const agreement = agreementInForce(facts.agreement);
  const programs = programLines(facts);
  if (agreement === null || programs.length === 0) return [];
  const agreed = BigInt(budgetTotal(agreement.budget));
  const ceiling = sumRupiah(programs.map((line) => line.allocation));
  if (agreed === ceiling) return [];
  return [
    {
      code: 'AGREEMENT.BUDGET_NOT_CEILING',
      severity: 'error',
      message: `The agreement (version ${agreement.version}) budgets ${agreed}, the program ceilings sum to ${ceiling}`,
      refs: {
        version: agreement.version,
        agreementTotal: agreed.toString(),
        ceiling: ceiling.toString(),
        difference: (agreed - ceiling).toString(),
        programs: differingPrograms(facts, agreement.budget),
      },
    },
  ];
}
