import { BudgetLineAmounts, measureBudget, VersionedConventions } from '@jejak/measurement';
import { BudgetRealization, InterchangeDocument } from '../document/interchange-document';
import { programCodes } from '../document/plan-walk';
import { AgencyYear } from './agency-year';

const amounts = (line: BudgetRealization): BudgetLineAmounts => ({
  code: line.code,
  allocation: BigInt(line.allocation),
  realized: BigInt(line.realized),
});

/** The program-level lines of `budgetRealizations` (the allocation given is the amended ceiling). */
export function programLines(doc: InterchangeDocument): BudgetLineAmounts[] {
  const programs = programCodes(doc);
  return (doc.budgetRealizations ?? []).filter((line) => programs.includes(line.code)).map(amounts);
}

/** Absorption per program that has a budget line, and the agency total as the sum over programs. */
export function budgetSection(doc: InterchangeDocument, using: VersionedConventions): AgencyYear['budget'] {
  return measureBudget(programLines(doc), using);
}
