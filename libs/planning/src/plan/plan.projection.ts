import { unreachable } from '@jejak/eventstore';
import { Projection, RecordedOf, applyToRow } from '@jejak/projections';
import {
  ActivityDefined,
  HistoricalResultRecorded,
  IndicatorDefined,
  IndicatorReplaced,
  IndicatorRevised,
  PLANNING_EVENT_TYPES,
  PlanningEvent,
  ProgramDefined,
  SubActivityDefined,
} from '../domain/planning.events';
import { formatPeriod, renstraStreamParts } from '../domain/renstra-period';
import { PlanBudgetItemEntity } from './plan-budget-item.entity';
import { PlanHistoryEntity } from './plan-history.entity';
import { PlanIndicatorEntity } from './plan-indicator.entity';
import { PlanRenstraEntity } from './plan-renstra.entity';

/** Which Renstra an event is of, from its stream `{tenant}/renstra-{agency}-{from}-{to}`. */
export interface RenstraKey {
  readonly tenantId: string;
  readonly agency: string;
  readonly period: string;
  readonly from: number;
  readonly to: number;
}

export function renstraKey(event: RecordedOf<PlanningEvent>): RenstraKey {
  const { agency, period } = renstraStreamParts(event.streamId);
  return { tenantId: event.tenantId, agency, period: formatPeriod(period), from: period.from, to: period.to };
}

const rowKey = (key: RenstraKey) => ({ tenantId: key.tenantId, agency: key.agency, period: key.period });

/** A row already at or past the event's stream position: the event is a replay, nothing changes. */
const replayed = (row: { revision: number } | null, event: RecordedOf<PlanningEvent>): boolean =>
  row !== null && row.revision >= event.streamPosition;

/** The Renstra's own row: every event of the stream advances its revision (the plan's ETag). */
export function renstraRow(
  row: PlanRenstraEntity | null,
  event: RecordedOf<PlanningEvent>,
  key: RenstraKey,
): PlanRenstraEntity | null {
  if (replayed(row, event)) return row;
  if (event.type === 'RenstraAdopted') {
    const { title, adoptedOn } = event.data;
    const base = { ...rowKey(key), periodFrom: key.from, periodTo: key.to };
    return {
      ...base,
      title,
      adoptedOn,
      amendments: [],
      amendedOn: null,
      goals: [],
      revision: event.streamPosition,
    };
  }
  if (row === null) return null;
  const next = { ...row, revision: event.streamPosition };
  switch (event.type) {
    case 'RenstraAmended': {
      const { title, amendedOn, reason, legalBasis } = event.data;
      const amendments = [...row.amendments, { amendedOn, reason, legalBasis, title }];
      return { ...next, title: title ?? row.title, amendments, amendedOn: amendedOn ?? row.amendedOn };
    }
    case 'GoalDefined':
      return { ...next, goals: [...row.goals, { ...event.data, objectives: [] }] };
    case 'ObjectiveDefined': {
      const { code, goal, statement } = event.data;
      const goals = row.goals.map((g) =>
        g.code === goal ? { ...g, objectives: [...g.objectives, { code, statement }] } : g,
      );
      return { ...next, goals };
    }
    case 'IndicatorDefined':
    case 'IndicatorRevised':
    case 'IndicatorReplaced':
    case 'ProgramDefined':
    case 'ActivityDefined':
    case 'SubActivityDefined':
    case 'HistoricalResultRecorded':
      return next;
    default:
      return unreachable(event, 'planning event');
  }
}

type IndicatorEvent = IndicatorDefined | IndicatorRevised | IndicatorReplaced;

export function indicatorRow(
  row: PlanIndicatorEntity | null,
  event: RecordedOf<IndicatorEvent>,
  key: RenstraKey,
): PlanIndicatorEntity | null {
  if (replayed(row, event)) return row;
  const revision = event.streamPosition;
  switch (event.type) {
    case 'IndicatorDefined': {
      const { validFrom, validTo, ...definition } = event.data;
      const targets = { ...definition.targets };
      const replaces = [...definition.replaces];
      const validity = { validFrom: validFrom ?? key.from, validTo: validTo ?? key.to };
      return { ...rowKey(key), ...definition, targets, replaces, ...validity, replacedBy: [], revision };
    }
    case 'IndicatorRevised': {
      if (!row) return null;
      const { targets, ...changes } = event.data.changes;
      return { ...row, ...changes, targets: targets ? { ...targets } : row.targets, revision };
    }
    case 'IndicatorReplaced': {
      if (!row) return null;
      const { replacedBy, validTo } = event.data;
      return {
        ...row,
        validTo: Math.min(row.validTo, validTo),
        replacedBy: [...row.replacedBy, replacedBy],
        revision,
      };
    }
    default:
      return unreachable(event, 'indicator event');
  }
}

type BudgetItemEvent = ProgramDefined | ActivityDefined | SubActivityDefined;

export function budgetItemRow(
  row: PlanBudgetItemEntity | null,
  event: RecordedOf<BudgetItemEvent>,
  key: RenstraKey,
): PlanBudgetItemEntity | null {
  if (replayed(row, event)) return row;
  const base = {
    ...rowKey(key),
    code: event.data.code,
    name: event.data.name,
    revision: event.streamPosition,
  };
  switch (event.type) {
    case 'ProgramDefined':
      return { ...base, level: 'program', parent: null, unit: null, objectives: [...event.data.objectives] };
    case 'ActivityDefined':
      return {
        ...base,
        level: 'activity',
        parent: event.data.program,
        unit: event.data.unit,
        objectives: [],
      };
    case 'SubActivityDefined':
      return { ...base, level: 'subActivity', parent: event.data.activity, unit: null, objectives: [] };
    default:
      return unreachable(event, 'budget item event');
  }
}

export function historyRow(
  row: PlanHistoryEntity | null,
  event: RecordedOf<HistoricalResultRecorded>,
  key: RenstraKey,
): PlanHistoryEntity | null {
  if (replayed(row, event)) return row;
  return { ...rowKey(key), ...event.data, revision: event.streamPosition };
}

export const PLAN_PROJECTION = 'planning-plan';

/** The `plan` read model: the Renstra, its indicators, its budget tree and the history recorded with it. */
export const planProjection: Projection<PlanningEvent> = {
  name: PLAN_PROJECTION,
  eventTypes: PLANNING_EVENT_TYPES,
  tables: [PlanRenstraEntity, PlanIndicatorEntity, PlanBudgetItemEntity, PlanHistoryEntity],
  async handle(manager, event) {
    const key = renstraKey(event);
    await applyToRow(manager, PlanRenstraEntity, rowKey(key), (row) => renstraRow(row, event, key));
    switch (event.type) {
      case 'RenstraAdopted':
      case 'RenstraAmended':
      case 'GoalDefined':
      case 'ObjectiveDefined':
        return;
      case 'IndicatorDefined':
      case 'IndicatorRevised':
      case 'IndicatorReplaced':
        return applyToRow(manager, PlanIndicatorEntity, { ...rowKey(key), code: event.data.code }, (row) =>
          indicatorRow(row, event, key),
        );
      case 'ProgramDefined':
      case 'ActivityDefined':
      case 'SubActivityDefined':
        return applyToRow(manager, PlanBudgetItemEntity, { ...rowKey(key), code: event.data.code }, (row) =>
          budgetItemRow(row, event, key),
        );
      case 'HistoricalResultRecorded': {
        const { indicator, year } = event.data;
        return applyToRow(manager, PlanHistoryEntity, { ...rowKey(key), indicator, year }, (row) =>
          historyRow(row, event, key),
        );
      }
      default:
        return unreachable(event, 'planning event');
    }
  },
};
