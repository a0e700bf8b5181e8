import { unreachable } from '@jejak/eventstore';
import { Projection, RecordedOf, applyToRow } from '@jejak/projections';
import {
  EVALUATION_EVENT_TYPES,
  EvaluationEvent,
  EvaluationRecorded,
  FollowUpPlanned,
  FollowUpProgressReported,
  FollowUpReturned,
  FollowUpVerified,
  Recommendation,
  parseEvaluationStream,
} from '../domain/evaluation.events';
import { EvaluationEntity } from './evaluation.entity';
import { FollowUpEntity } from './follow-up.entity';

/** The LHE an event belongs to, from its stream `{tenant}/evaluation-{agency}-{year}`. */
export function lheOf(event: RecordedOf<EvaluationEvent>) {
  const lhe = parseEvaluationStream(event.streamId);
  if (!lhe) throw new Error(`${event.type} in stream ${event.streamId}, not an evaluation stream`);
  return { tenantId: event.tenantId, agency: lhe.agency, fiscalYearEvaluated: lhe.fiscalYearEvaluated };
}

/** A row already at or past the event's stream position: the event is a replay, nothing changes. */
const alreadyApplied = (row: { revision: number } | null, event: RecordedOf<EvaluationEvent>): boolean =>
  row !== null && row.revision >= event.streamPosition;

export function recordedEvaluationRow(
  row: EvaluationEntity | null,
  event: RecordedOf<EvaluationRecorded>,
): EvaluationEntity | null {
  if (alreadyApplied(row, event)) return row;
  const { stated, recommendations, ...lhe } = event.data;
  return {
    ...lheOf(event),
    letterNumber: lhe.letterNumber,
    issuedOn: lhe.issuedOn,
    evaluator: lhe.evaluator,
    rubric: lhe.rubric,
    components: [...lhe.components],
    total: lhe.total,
    grade: lhe.grade,
    statedScore: stated.score,
    statedGrade: stated.grade,
    discrepancies: [...lhe.discrepancies],
    recommendations: recommendations.length,
    occurredAt: event.occurredAt,
    recordedAt: event.recordedAt,
    revision: event.streamPosition,
  };
}

/** Each recommendation starts open: no action plan yet. */
export function openFollowUpRow(
  row: FollowUpEntity | null,
  event: RecordedOf<EvaluationRecorded>,
  recommendation: Recommendation,
): FollowUpEntity | null {
  if (alreadyApplied(row, event)) return row;
  return {
    ...lheOf(event),
    recommendation: recommendation.number,
    text: recommendation.text,
    component: recommendation.component,
    action: null,
    expectedOutput: null,
    due: null,
    responsibleUnit: null,
    unit: null,
    status: 'open',
    reports: 0,
    progressNote: null,
    evidence: [],
    verifiedAt: null,
    verificationNote: null,
    recordedAt: event.recordedAt,
    revision: event.streamPosition,
  };
}

type FollowUpEvent = FollowUpPlanned | FollowUpProgressReported | FollowUpVerified | FollowUpReturned;

/** The follow-up row after a follow-up event; its row exists since the LHE recorded its recommendation. */
function changed(
  row: FollowUpEntity | null,
  event: RecordedOf<FollowUpEvent>,
  change: (row: FollowUpEntity) => Partial<FollowUpEntity>,
): FollowUpEntity | null {
  if (row === null || alreadyApplied(row, event)) return row;
  return { ...row, ...change(row), recordedAt: event.recordedAt, revision: event.streamPosition };
}

export const plannedRow = (row: FollowUpEntity | null, event: RecordedOf<FollowUpPlanned>) =>
  changed(row, event, (r) => {
    const { action, expectedOutput, due, responsibleUnit, unit } = event.data;
    return {
      action,
      expectedOutput,
      due,
      responsibleUnit,
      unit,
      status: r.status === 'open' ? 'planned' : r.status,
    };
  });

export const progressRow = (row: FollowUpEntity | null, event: RecordedOf<FollowUpProgressReported>) =>
  changed(row, event, (r) => ({
    status: event.data.complete ? 'reported' : 'in-progress',
    reports: event.data.report,
    progressNote: event.data.note,
    evidence: event.data.evidence ? [...r.evidence, event.data.evidence] : r.evidence,
  }));

/** Verified on the approval's date (its `occurredAt`), or when recorded. */
export const verifiedRow = (row: FollowUpEntity | null, event: RecordedOf<FollowUpVerified>) =>
  changed(row, event, () => ({
    status: 'verified',
    verifiedAt: event.occurredAt ?? event.recordedAt,
    verificationNote: event.data.note,
  }));

export const returnedRow = (row: FollowUpEntity | null, event: RecordedOf<FollowUpReturned>) =>
  changed(row, event, () => ({ status: 'returned', verificationNote: event.data.note }));

export const EVALUATION_RECORDS = 'evaluation-records';

export const evaluationRecordsProjection: Projection<EvaluationEvent> = {
  name: EVALUATION_RECORDS,
  eventTypes: EVALUATION_EVENT_TYPES,
  tables: [EvaluationEntity, FollowUpEntity],
  async handle(manager, event) {
    const lhe = lheOf(event);
    const followUp = (n: number) => ({ ...lhe, recommendation: n });
    switch (event.type) {
      case 'EvaluationRecorded':
        await applyToRow(manager, EvaluationEntity, lhe, (row) => recordedEvaluationRow(row, event));
        for (const r of event.data.recommendations)
          await applyToRow(manager, FollowUpEntity, followUp(r.number), (row) =>
            openFollowUpRow(row, event, r),
          );
        return;
      case 'FollowUpPlanned':
        return applyToRow(manager, FollowUpEntity, followUp(event.data.recommendation), (row) =>
          plannedRow(row, event),
        );
      case 'FollowUpProgressReported':
        return applyToRow(manager, FollowUpEntity, followUp(event.data.recommendation), (row) =>
          progressRow(row, event),
        );
      case 'FollowUpVerified':
        return applyToRow(manager, FollowUpEntity, followUp(event.data.recommendation), (row) =>
          verifiedRow(row, event),
        );
      case 'FollowUpReturned':
        return applyToRow(manager, FollowUpEntity, followUp(event.data.recommendation), (row) =>
          returnedRow(row, event),
        );
      default:
        return unreachable(event, 'evaluation-records event');
    }
  },
};
