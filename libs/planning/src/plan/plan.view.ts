import { BudgetItemView, IndicatorInYear, byCode } from './plan.finders';
import { AmendmentRow, PlanRenstraEntity } from './plan-renstra.entity';

export interface ObjectiveView {
  readonly code: string;
  readonly statement: string;
  readonly indicators: readonly IndicatorInYear[];
}

export interface GoalView extends ObjectiveView {
  readonly objectives: readonly ObjectiveView[];
}

export interface BudgetNodeView {
  readonly code: string;
  readonly name: string;
  readonly unit: string | null;
  readonly indicators: readonly IndicatorInYear[];
}

export interface ActivityView extends BudgetNodeView {
  readonly subActivities: readonly BudgetNodeView[];
}

export interface ProgramView extends BudgetNodeView {
  readonly objectives: readonly string[];
  readonly activities: readonly ActivityView[];
}

/** The Renstra in force in a fiscal year: goals → objectives, programs → kegiatan → sub kegiatan, each with its indicators. */
export interface PlanView {
  readonly tenant: string;
  readonly agency: string;
  readonly year: number;
  readonly period: string;
  readonly title: string | null;
  readonly adoptedOn: string | null;
  readonly amendedOn: string | null;
  readonly amendments: readonly AmendmentRow[];
  /** The Renstra stream's revision: the ETag, for If-Match on its commands. */
  readonly revision: number;
  readonly goals: readonly GoalView[];
  readonly programs: readonly ProgramView[];
}

/** Assembles the tree; indicators are those in force in the year, under the element they measure. */
export function planView(
  renstra: PlanRenstraEntity,
  indicators: readonly IndicatorInYear[],
  items: readonly BudgetItemView[],
  year: number,
): PlanView {
  const measuring = (level: IndicatorInYear['level'], code: string) =>
    indicators.filter((i) => i.level === level && i.parent === code);
  const below = (level: BudgetItemView['level'], parent: string) =>
    items.filter((i) => i.level === level && i.parent === parent).sort(byCode);
  const node = (item: BudgetItemView): BudgetNodeView => ({
    code: item.code,
    name: item.name,
    unit: item.unit,
    indicators: measuring(item.level, item.code),
  });
  return {
    tenant: renstra.tenantId,
    agency: renstra.agency,
    year,
    period: renstra.period,
    title: renstra.title,
    adoptedOn: renstra.adoptedOn,
    amendedOn: renstra.amendedOn,
    amendments: renstra.amendments,
    revision: renstra.revision,
    goals: renstra.goals.map((goal) => ({
      code: goal.code,
      statement: goal.statement,
      indicators: measuring('goal', goal.code),
      objectives: goal.objectives.map((o) => ({ ...o, indicators: measuring('objective', o.code) })),
    })),
    programs: items
      .filter((i) => i.level === 'program')
      .sort(byCode)
      .map((program) => ({
        ...node(program),
        objectives: program.objectives,
        activities: below('activity', program.code).map((activity) => ({
          ...node(activity),
          subActivities: below('subActivity', activity.code).map(node),
        })),
      })),
  };
}
