import { BudgetRow, measureBudget, measureBudgetLine, VersionedConventions } from '@jejak/measurement';
import { AgencyYearFacts, BudgetLineFact } from '../agency-year/agency-year-facts';

/** A budget line as the API shows it: money as strings of digits, absorption rounded. */
export interface BudgetNodeView {
  readonly code: string;
  /** The Renstra's name; null for a line whose code the plan does not hold. */
  readonly name: string | null;
  readonly allocation: string;
  /** Null until a realization is reported (not zero). */
  readonly realized: string | null;
  readonly absorption: string | null;
  readonly conventionsVersion: number;
}

export interface ActivityView extends BudgetNodeView {
  readonly subActivities: readonly BudgetNodeView[];
}

export interface ProgramView extends BudgetNodeView {
  readonly activities: readonly ActivityView[];
}

export interface BudgetView {
  readonly agency: string;
  readonly year: number;
  readonly conventionsVersion: number;
  readonly programs: readonly ProgramView[];
  /** The sum over programs (never an average of their percentages). */
  readonly total: Omit<BudgetNodeView, 'code' | 'name'>;
}

/**
 * The parent of a line: the plan's (a kegiatan's program, a sub kegiatan's kegiatan), else the
 * longest budgeted code it extends (5.03.02.2.01 → 5.03.02), for a line the plan does not hold.
 */
export function parentOf(facts: AgencyYearFacts, line: BudgetLineFact): string | null {
  const planned = facts.budgetItems.find((item) => item.code === line.code);
  if (planned) return planned.parent;
  const prefixes = facts.budgetLines
    .map((other) => other.code)
    .filter((code) => code !== line.code && line.code.startsWith(`${code}.`));
  return prefixes.sort((a, b) => b.length - a.length)[0] ?? null;
}

/** The lines of a level under a parent, in code order as the ledger gives them. */
export const linesUnder = (facts: AgencyYearFacts, level: BudgetLineFact['level'], parent: string) =>
  facts.budgetLines.filter((line) => line.level === level && parentOf(facts, line) === parent);

export const programLines = (facts: AgencyYearFacts): BudgetLineFact[] =>
  facts.budgetLines.filter((line) => line.level === 'program');

const money = (amount: bigint | null): string | null => (amount === null ? null : amount.toString());

function nodeView(facts: AgencyYearFacts, row: BudgetRow, version: number): BudgetNodeView {
  return {
    code: row.code,
    name: facts.budgetItems.find((item) => item.code === row.code)?.name ?? null,
    allocation: row.allocation.toString(),
    realized: money(row.realized),
    absorption: row.absorption,
    conventionsVersion: version,
  };
}

/**
 * Programs → kegiatan → sub kegiatan, each line with its absorption, and the agency total over
 * programs. Only budgeted lines appear (a Renstra program that did not run has no line); a line
 * whose parent has none is left out here and reported by the checks.
 */
export function budgetView(facts: AgencyYearFacts, using: VersionedConventions): BudgetView {
  const node = (line: BudgetLineFact) => nodeView(facts, measureBudgetLine(line, using), using.version);
  const { programs, total } = measureBudget(programLines(facts), using);
  return {
    agency: facts.agency,
    year: facts.year,
    conventionsVersion: using.version,
    programs: programs.map((program) => ({
      ...nodeView(facts, program, using.version),
      activities: linesUnder(facts, 'activity', program.code).map((activity) => ({
        ...node(activity),
        subActivities: linesUnder(facts, 'subActivity', activity.code).map(node),
      })),
    })),
    total: {
      allocation: total.allocation.toString(),
      realized: money(total.realized),
      absorption: total.absorption,
      conventionsVersion: using.version,
    },
  };
}
