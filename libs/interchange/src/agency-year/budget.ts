import { absorption, BudgetAmounts, combinedAbsorption, VersionedConventions } from '@jejak/measurement';
import { BudgetRealization, InterchangeDocument } from '../document/interchange-document';
import { programCodes } from '../document/plan-walk';
import { AgencyYear, BudgetRow } from './agency-year';

const amounts = (line: BudgetRealization): BudgetAmounts => ({
  allocation: BigInt(line.allocation),
  realized: BigInt(line.realized),
});

/** The program-level lines of `budgetRealizations` (the allocation given is the amended ceiling). */
export function programLines(doc: InterchangeDocument, programs: readonly string[] = programCodes(doc)) {
  return (doc.budgetRealizations ?? []).filter((line) => programs.includes(line.code));
}

/** Absorption per program that has a budget line, and the agency total as the sum over programs. */
export function budgetSection(doc: InterchangeDocument, using: VersionedConventions): AgencyYear['budget'] {
  const lines = programLines(doc);
  const programs = lines.map((line): BudgetRow => {
    const { allocation, realized } = amounts(line);
    const measured = absorption(realized, allocation, using);
    return {
      code: line.code,
      allocation,
      realized,
      absorption: measured.rounded,
      conventionsVersion: measured.conventionsVersion,
    };
  });
  const total = combinedAbsorption(lines.map(amounts), using);
  return {
    programs,
    total: {
      allocation: total.allocation,
      realized: total.realized,
      absorption: total.rounded,
      conventionsVersion: total.conventionsVersion,
    },
  };
}

/** The programs funding a target taken together (all programs when `fundedBy` is absent). */
export function fundingAbsorption(
  doc: InterchangeDocument,
  fundedBy: readonly string[] | undefined,
  using: VersionedConventions,
) {
  return combinedAbsorption(programLines(doc, fundedBy ?? programCodes(doc)).map(amounts), using);
}
