/*
 * A sakip-interchange/1 document's plan as planning commands, the way the importer sends them:
 * one adoption, one DefinePlanElements with the whole plan, one RecordHistoricalResults. For
 * specs; the importer has its own.
 */
import type { Indicator, InterchangeDocument } from '@jejak/interchange';
import {
  AdoptRenstraData,
  DefinePlanElementsData,
  RecordHistoricalResultsData,
  RenstraRef,
} from '../domain/renstra.commands';
import { IndicatorDefinition, IndicatorLevel } from '../domain/planning.events';

const decimal = (value: number): string => String(value);

function indicatorsOf(
  indicators: readonly Indicator[] | undefined,
  level: IndicatorLevel,
  parent: string,
): IndicatorDefinition[] {
  return (indicators ?? []).map((i) => ({
    code: i.code,
    name: i.name,
    unit: i.unit ?? null,
    polarity: i.polarity ?? 'higher',
    level,
    parent,
    definition: i.definition ?? null,
    dataSource: i.source ?? null,
    baseline: i.baseline ? { year: i.baseline.year ?? null, value: decimal(i.baseline.value) } : null,
    targets: Object.fromEntries(
      Object.entries(i.targets ?? {}).flatMap(([year, target]) =>
        target === null ? [] : [[year, decimal(target)]],
      ),
    ),
    validFrom: null,
    validTo: null,
    replaces: i.replaces ?? [],
  }));
}

export interface PlanCommandsData {
  readonly adoption: AdoptRenstraData;
  readonly elements: DefinePlanElementsData;
  readonly history: RecordHistoricalResultsData;
}

export function planCommandsOf(doc: InterchangeDocument): PlanCommandsData {
  const { plan } = doc;
  const ref: RenstraRef = { agency: doc.agency.code, period: plan.period };
  const goals = plan.goals;
  const objectives = goals.flatMap((g) => (g.objectives ?? []).map((o) => ({ ...o, goal: g.code })));
  const programs = plan.programs ?? [];
  const activities = programs.flatMap((p) => (p.activities ?? []).map((a) => ({ ...a, program: p.code })));
  const subActivities = activities.flatMap((a) =>
    (a.subActivities ?? []).map((s) => ({ ...s, activity: a.code })),
  );
  return {
    adoption: { ...ref, title: plan.title ?? null, adoptedOn: plan.adoptedOn ?? null },
    elements: {
      ...ref,
      goals: goals.map((g) => ({ code: g.code, statement: g.statement })),
      objectives: objectives.map((o) => ({ code: o.code, goal: o.goal, statement: o.statement })),
      programs: programs.map((p) => ({ code: p.code, name: p.name, objectives: p.objectives ?? [] })),
      activities: activities.map((a) => ({
        code: a.code,
        program: a.program,
        name: a.name,
        unit: a.unit ?? null,
      })),
      subActivities: subActivities.map((s) => ({ code: s.code, activity: s.activity, name: s.name })),
      indicators: [
        ...goals.flatMap((g) => indicatorsOf(g.indicators, 'goal', g.code)),
        ...objectives.flatMap((o) => indicatorsOf(o.indicators, 'objective', o.code)),
        ...programs.flatMap((p) => indicatorsOf(p.indicators, 'program', p.code)),
        ...activities.flatMap((a) => indicatorsOf(a.indicators, 'activity', a.code)),
        ...subActivities.flatMap((s) => indicatorsOf(s.indicators, 'subActivity', s.code)),
      ],
    },
    history: {
      ...ref,
      results: (doc.history ?? []).map((h) => ({
        indicator: h.indicator,
        name: h.name ?? null,
        unit: h.unit ?? null,
        year: h.year,
        target: h.target === null || h.target === undefined ? null : decimal(h.target),
        realization: h.realization === null || h.realization === undefined ? null : decimal(h.realization),
      })),
    },
  };
}
