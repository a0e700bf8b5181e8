import { unreachable } from '@jejak/eventstore';
import {
  EvaluationEvent,
  EvaluationRecorded,
  FollowUpPlanned,
  FollowUpProgressReported,
} from './evaluation.events';

/**
 * Where a recommendation's follow-up stands: open (no action plan yet) → planned → in-progress →
 * reported (the agency says it is done) → verified; or reported → returned → in-progress again.
 */
export type FollowUpStatus = 'open' | 'planned' | 'in-progress' | 'reported' | 'verified' | 'returned';
export const FOLLOW_UP_STATUSES: readonly FollowUpStatus[] = [
  'open',
  'planned',
  'in-progress',
  'reported',
  'verified',
  'returned',
];

/** Done, as the next LKjIP counts it: reported done by the agency, or verified by the inspectorate. */
export const isDone = (status: FollowUpStatus): boolean => status === 'reported' || status === 'verified';

export type Plan = Omit<FollowUpPlanned['data'], 'recommendation'>;
export type ProgressReport = Omit<FollowUpProgressReported['data'], 'recommendation' | 'report'>;

export interface FollowUpState {
  readonly status: FollowUpStatus;
  /** Every action plan, in order; the last is in force. */
  readonly plans: readonly Plan[];
  readonly reports: readonly ProgressReport[];
  /** The note the last return came with. */
  readonly returnNote: string | null;
}

/** One agency's LHE of one fiscal year and the follow-up of each of its recommendations, by number. */
export interface EvaluationState {
  readonly evaluation: EvaluationRecorded['data'] | null;
  readonly followUps: Readonly<Record<number, FollowUpState>>;
}

export const initialState = (): EvaluationState => ({ evaluation: null, followUps: {} });

const openFollowUp: FollowUpState = { status: 'open', plans: [], reports: [], returnNote: null };

function withFollowUp(
  state: EvaluationState,
  recommendation: number,
  change: (followUp: FollowUpState) => FollowUpState,
): EvaluationState {
  const current = state.followUps[recommendation] ?? openFollowUp;
  return { ...state, followUps: { ...state.followUps, [recommendation]: change(current) } };
}

export function evolve(state: EvaluationState, event: EvaluationEvent): EvaluationState {
  switch (event.type) {
    case 'EvaluationRecorded': {
      const followUps = Object.fromEntries(event.data.recommendations.map((r) => [r.number, openFollowUp]));
      return { evaluation: event.data, followUps };
    }
    case 'FollowUpPlanned': {
      const { recommendation, ...plan } = event.data;
      return withFollowUp(state, recommendation, (f) => ({
        ...f,
        status: f.status === 'open' ? 'planned' : f.status,
        plans: [...f.plans, plan],
      }));
    }
    case 'FollowUpProgressReported': {
      const { recommendation, report: _number, ...report } = event.data;
      return withFollowUp(state, recommendation, (f) => ({
        ...f,
        status: report.complete ? 'reported' : 'in-progress',
        reports: [...f.reports, report],
      }));
    }
    case 'FollowUpVerified':
      return withFollowUp(state, event.data.recommendation, (f) => ({ ...f, status: 'verified' }));
    case 'FollowUpReturned':
      return withFollowUp(state, event.data.recommendation, (f) => ({
        ...f,
        status: 'returned',
        returnNote: event.data.note,
      }));
    default:
      return unreachable(event, 'evaluation event');
  }
}
