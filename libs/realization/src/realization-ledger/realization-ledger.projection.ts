import { unreachable } from '@jejak/eventstore';
import { Projection, RecordedOf, applyToRow } from '@jejak/projections';
import {
  BudgetAllocated,
  BudgetRealized,
  Measurement,
  RealizationCorrected,
  RealizationEvent,
  RealizationReported,
  parseRealizationStream,
} from '../domain/realization.events';
import { periodOrder } from '../domain/realization.rules';
import { BudgetLineEntity } from './budget-line.entity';
import { RealizationEntity } from './realization.entity';

/** The agency-year a ledger event belongs to, from its stream `{tenant}/realization-{agency}-{year}`. */
export function ledgerOf(event: RecordedOf<RealizationEvent>) {
  const ledger = parseRealizationStream(event.streamId);
  if (!ledger) throw new Error(`${event.type} in stream ${event.streamId}, not a realization ledger`);
  return { tenantId: event.tenantId, agency: ledger.agency, fiscalYear: ledger.fiscalYear };
}

/** A row already at or past the event's stream position: the event is a replay, nothing changes. */
const alreadyApplied = (row: { revision: number } | null, event: RecordedOf<RealizationEvent>): boolean =>
  row !== null && row.revision >= event.streamPosition;

function measurementColumns(
  m: Measurement,
): Pick<RealizationEntity, 'kind' | 'value' | 'numerator' | 'denominator'> {
  return {
    kind: m.kind,
    value: m.kind === 'value' ? m.value : null,
    numerator: m.kind === 'ratio' ? m.numerator : null,
    denominator: m.kind === 'ratio' ? m.denominator : null,
  };
}

const timing = (event: RecordedOf<RealizationEvent>) => ({
  occurredAt: event.occurredAt,
  recordedAt: event.recordedAt,
  revision: event.streamPosition,
});

/** A report puts its measurement in force (a pending one's value, too): not a correction. */
export function reportedRow(
  row: RealizationEntity | null,
  event: RecordedOf<RealizationReported>,
): RealizationEntity | null {
  if (alreadyApplied(row, event)) return row;
  const { indicator, period, measurement, source, unit } = event.data;
  return {
    ...ledgerOf(event),
    indicator,
    period,
    ...measurementColumns(measurement),
    source,
    unit,
    corrected: false,
    correctionReason: null,
    ...timing(event),
  };
}

/** A correction replaces the measurement in the row and flags it; the original stays in the log. */
export function correctedRow(
  row: RealizationEntity | null,
  event: RecordedOf<RealizationCorrected>,
): RealizationEntity | null {
  if (alreadyApplied(row, event)) return row;
  const { indicator, period, measurement, source, reason } = event.data;
  return {
    ...ledgerOf(event),
    indicator,
    period,
    ...measurementColumns(measurement),
    source,
    unit: row?.unit ?? null,
    corrected: true,
    correctionReason: reason,
    ...timing(event),
  };
}

/** The ceiling in force is the latest allocation's; what was realized stays. */
export function allocatedLine(
  row: BudgetLineEntity | null,
  event: RecordedOf<BudgetAllocated>,
): BudgetLineEntity | null {
  if (alreadyApplied(row, event)) return row;
  const { code, level, allocation, basis } = event.data;
  const realized = row ?? { realized: null, physicalProgress: null, period: null };
  return {
    ...ledgerOf(event),
    code,
    level,
    allocation,
    basis,
    realized: realized.realized,
    physicalProgress: realized.physicalProgress,
    period: realized.period,
    revision: event.streamPosition,
  };
}

/** The line shows the cumulative figure of its latest period: an earlier period reported late does not replace it. */
export function realizedLine(
  row: BudgetLineEntity | null,
  event: RecordedOf<BudgetRealized>,
): BudgetLineEntity | null {
  // The decider refuses a realization before the allocation; a row is always there.
  if (row === null || alreadyApplied(row, event)) return row;
  const { period, realized, physicalProgress } = event.data;
  if (row.period !== null && periodOrder(period) < periodOrder(row.period)) {
    return { ...row, revision: event.streamPosition };
  }
  return { ...row, realized, physicalProgress, period, revision: event.streamPosition };
}

export const REALIZATION_LEDGER = 'realization-ledger';

export const realizationLedgerProjection: Projection<RealizationEvent> = {
  name: REALIZATION_LEDGER,
  eventTypes: ['RealizationReported', 'RealizationCorrected', 'BudgetAllocated', 'BudgetRealized'],
  tables: [RealizationEntity, BudgetLineEntity],
  async handle(manager, event) {
    const ledger = ledgerOf(event);
    const indicatorKey = (e: RecordedOf<RealizationReported | RealizationCorrected>) => ({
      ...ledger,
      indicator: e.data.indicator,
      period: e.data.period,
    });
    switch (event.type) {
      case 'RealizationReported':
        return applyToRow(manager, RealizationEntity, indicatorKey(event), (row) => reportedRow(row, event));
      case 'RealizationCorrected':
        return applyToRow(manager, RealizationEntity, indicatorKey(event), (row) => correctedRow(row, event));
      case 'BudgetAllocated':
        return applyToRow(manager, BudgetLineEntity, { ...ledger, code: event.data.code }, (row) =>
          allocatedLine(row, event),
        );
      case 'BudgetRealized':
        return applyToRow(manager, BudgetLineEntity, { ...ledger, code: event.data.code }, (row) =>
          realizedLine(row, event),
        );
      default:
        return unreachable(event, 'realization-ledger event');
    }
  },
};
