import { Indicator, InterchangeDocument } from '@jejak/interchange';
import {
  AdoptRenstraCommand,
  DefinePlanElementsCommand,
  DefinePlanElementsData,
  IndicatorDefinition,
  IndicatorLevel,
  RecordHistoricalResultsCommand,
  RenstraRef,
  executeRenstraCommand,
  renstraStream,
} from '@jejak/planning';
import { decimalText, dateOccurredAt } from '../domain/decimal-text';
import { SCOPE_FIELDS, rebase, rebaseLists } from '../domain/document-paths';
import { ImportScope, ImportStep } from '../domain/import-step';
import { requireAgency } from './send';

/** An item of a plan element list, and the document node it came from. */
interface Placed<T> {
  readonly item: T;
  readonly path: string;
}

type Lists = {
  [K in keyof Omit<DefinePlanElementsData, keyof RenstraRef>]: Placed<DefinePlanElementsData[K][number]>[];
};

function indicatorsOf(
  indicators: readonly Indicator[] | undefined,
  level: IndicatorLevel,
  parent: string,
  at: string,
): Placed<IndicatorDefinition>[] {
  return (indicators ?? []).map((i, index) => ({
    path: `${at}.indicators[${index}]`,
    item: {
      code: i.code,
      name: i.name,
      unit: i.unit ?? null,
      polarity: i.polarity ?? 'higher',
      level,
      parent,
      definition: i.definition ?? null,
      dataSource: i.source ?? null,
      baseline: i.baseline ? { year: i.baseline.year ?? null, value: decimalText(i.baseline.value) } : null,
      targets: Object.fromEntries(
        Object.entries(i.targets ?? {}).flatMap(([year, t]) => (t === null ? [] : [[year, decimalText(t)]])),
      ),
      // The document states no validity: the plan's period, until a successor's replacement ends it.
      validFrom: null,
      validTo: null,
      replaces: i.replaces ?? [],
    },
  }));
}

/** The plan as the lists of DefinePlanElements, each item with its path in the document. */
function planLists(doc: InterchangeDocument): Lists {
  const goals = doc.plan.goals.map((g, i) => ({ g, at: `$.plan.goals[${i}]` }));
  const objectives = goals.flatMap(({ g, at }) =>
    (g.objectives ?? []).map((o, i) => ({ o, goal: g.code, at: `${at}.objectives[${i}]` })),
  );
  const programs = (doc.plan.programs ?? []).map((p, i) => ({ p, at: `$.plan.programs[${i}]` }));
  const activities = programs.flatMap(({ p, at }) =>
    (p.activities ?? []).map((a, i) => ({ a, program: p.code, at: `${at}.activities[${i}]` })),
  );
  const subActivities = activities.flatMap(({ a, at }) =>
    (a.subActivities ?? []).map((s, i) => ({ s, activity: a.code, at: `${at}.subActivities[${i}]` })),
  );
  return {
    goals: goals.map(({ g, at }) => ({ path: at, item: { code: g.code, statement: g.statement } })),
    objectives: objectives.map(({ o, goal, at }) => ({
      path: at,
      item: { code: o.code, goal, statement: o.statement },
    })),
    programs: programs.map(({ p, at }) => ({
      path: at,
      item: { code: p.code, name: p.name, objectives: p.objectives ?? [] },
    })),
    activities: activities.map(({ a, program, at }) => ({
      path: at,
      item: { code: a.code, program, name: a.name, unit: a.unit ?? null },
    })),
    subActivities: subActivities.map(({ s, activity, at }) => ({
      path: at,
      item: { code: s.code, activity, name: s.name },
    })),
    indicators: [
      ...goals.flatMap(({ g, at }) => indicatorsOf(g.indicators, 'goal', g.code, at)),
      ...objectives.flatMap(({ o, at }) => indicatorsOf(o.indicators, 'objective', o.code, at)),
      ...programs.flatMap(({ p, at }) => indicatorsOf(p.indicators, 'program', p.code, at)),
      ...activities.flatMap(({ a, at }) => indicatorsOf(a.indicators, 'activity', a.code, at)),
      ...subActivities.flatMap(({ s, at }) => indicatorsOf(s.indicators, 'subActivity', s.code, at)),
    ],
  };
}

/** Names of command fields the document spells otherwise, or holds only as the item's place. */
const ELEMENT_FIELDS = {
  ...SCOPE_FIELDS,
  dataSource: 'source',
  level: null,
  parent: null,
  validFrom: null,
  validTo: null,
  goal: null,
  program: null,
  activity: null,
  period: '$.plan.period',
};

/** What every planning step of one document shares: the Renstra and its stream. */
interface RenstraTarget {
  readonly tenant: string;
  readonly ref: RenstraRef;
  readonly stream: string;
}

const optionalDecimal = (value: number | null | undefined): string | null =>
  value === null || value === undefined ? null : decimalText(value);

function adoptStep(doc: InterchangeDocument, { tenant, ref, stream }: RenstraTarget): ImportStep {
  const { plan } = doc;
  return {
    key: 'renstra:adopt',
    command: 'AdoptRenstra',
    path: '$.plan',
    stream,
    occurredAt: dateOccurredAt(plan.adoptedOn),
    requires: ['agency'],
    pathOf: rebase('$.plan', SCOPE_FIELDS),
    async send(store, metadata) {
      await requireAgency(store, tenant, ref.agency);
      const data = { ...ref, title: plan.title ?? null, adoptedOn: plan.adoptedOn ?? null };
      await executeRenstraCommand(store, new AdoptRenstraCommand(data, metadata));
    },
  };
}

/** The whole plan in one command, so that it lands in one append. */
function elementsStep(doc: InterchangeDocument, { ref, stream }: RenstraTarget): ImportStep {
  const lists = planLists(doc);
  const items = <K extends keyof Lists>(k: K) => lists[k].map((p) => p.item) as DefinePlanElementsData[K];
  const paths = Object.fromEntries(
    Object.entries(lists).map(([k, placed]) => [k, placed.map((p) => p.path)]),
  );
  const data: DefinePlanElementsData = {
    ...ref,
    goals: items('goals'),
    objectives: items('objectives'),
    programs: items('programs'),
    activities: items('activities'),
    subActivities: items('subActivities'),
    indicators: items('indicators'),
  };
  return {
    key: 'renstra:elements',
    command: 'DefinePlanElements',
    path: '$.plan',
    stream,
    occurredAt: dateOccurredAt(doc.plan.adoptedOn),
    requires: ['renstra:adopt'],
    pathOf: rebaseLists('$.plan', paths, ELEMENT_FIELDS),
    async send(store, metadata) {
      await executeRenstraCommand(store, new DefinePlanElementsCommand(data, metadata));
    },
  };
}

/** Earlier years' results as reported then; the document dates none of them. */
function historyStep(doc: InterchangeDocument, { ref, stream }: RenstraTarget): ImportStep {
  const history = doc.history ?? [];
  const results = history.map((h) => ({
    indicator: h.indicator,
    name: h.name ?? null,
    unit: h.unit ?? null,
    year: h.year,
    target: optionalDecimal(h.target),
    realization: optionalDecimal(h.realization),
  }));
  return {
    key: 'renstra:history',
    command: 'RecordHistoricalResults',
    path: '$.history',
    stream,
    occurredAt: null,
    // Not the elements: a refused definition must not hide a conflicting result as well.
    requires: ['renstra:adopt'],
    pathOf: rebaseLists('$.history', { results: history.map((_, i) => `$.history[${i}]`) }, SCOPE_FIELDS),
    async send(store, metadata) {
      await executeRenstraCommand(store, new RecordHistoricalResultsCommand({ ...ref, results }, metadata));
    },
  };
}

/**
 * The Renstra adopted (dated by `plan.adoptedOn`), then the whole plan in one DefinePlanElements
 * (one append), then the earlier years' results of `history`.
 */
export function planningSteps(doc: InterchangeDocument, { tenant, agency }: ImportScope): ImportStep[] {
  const { from, to } = doc.plan.period;
  const target: RenstraTarget = {
    tenant,
    ref: { agency, period: { from, to } },
    stream: renstraStream(tenant, agency, from, to),
  };
  const history = (doc.history ?? []).length > 0 ? [historyStep(doc, target)] : [];
  return [adoptStep(doc, target), elementsStep(doc, target), ...history];
}
