import { Command, Decider, unreachable } from '@jejak/eventstore';
import {
  EvaluationAlreadyRecorded,
  FollowUpAlreadyVerified,
  FollowUpAwaitingVerification,
  FollowUpNotPlanned,
  FollowUpNotReported,
  ReturnNoteRequired,
  UnknownEvaluation,
  UnknownRecommendation,
} from './evaluation.errors';
import { Evidence, EvaluationEvent, IsoDate } from './evaluation.events';
import { StatedEvaluation, sameData, scoredEvaluation } from './evaluation.rules';
import { EvaluationState, FollowUpState, evolve, initialState } from './evaluation.state';

/** The LHE a command writes to: stream `{tenant}/evaluation-{agency}-{fiscalYearEvaluated}`. */
export interface EvaluationAddress {
  readonly tenantId: string;
  readonly agency: string;
  readonly fiscalYearEvaluated: number;
}

export type RecordEvaluationData = EvaluationAddress & StatedEvaluation;

/** A recommendation of the LHE, by its number (1, 2, … in the LHE's order). */
export interface RecommendationAddress extends EvaluationAddress {
  readonly recommendation: number;
}

export interface PlanFollowUpData extends RecommendationAddress {
  readonly action: string | null;
  readonly expectedOutput: string | null;
  readonly due: IsoDate | null;
  readonly responsibleUnit: string | null;
  readonly unit: string | null;
}

export interface ReportFollowUpProgressData extends RecommendationAddress {
  readonly note: string | null;
  readonly evidence: Evidence | null;
  /** The agency reports the action done: the follow-up awaits verification. */
  readonly complete: boolean;
}

export type VerificationOutcome = 'accepted' | 'returned';

export interface VerifyFollowUpData extends RecommendationAddress {
  readonly outcome: VerificationOutcome;
  /** Required to return; optional to accept. */
  readonly note: string | null;
}

export type RecordEvaluation = Command<'RecordEvaluation', RecordEvaluationData>;
export type PlanFollowUp = Command<'PlanFollowUp', PlanFollowUpData>;
export type ReportFollowUpProgress = Command<'ReportFollowUpProgress', ReportFollowUpProgressData>;
export type VerifyFollowUp = Command<'VerifyFollowUp', VerifyFollowUpData>;
export type EvaluationCommand = RecordEvaluation | PlanFollowUp | ReportFollowUpProgress | VerifyFollowUp;

/** An LHE is recorded once: the same LHE again records nothing, a different one is refused. */
export function recordEvaluation(command: RecordEvaluation, state: EvaluationState): EvaluationEvent[] {
  const data = scoredEvaluation(command.data);
  if (state.evaluation === null) return [{ type: 'EvaluationRecorded', data }];
  if (sameData(state.evaluation, data)) return [];
  throw new EvaluationAlreadyRecorded(command.data.agency, command.data.fiscalYearEvaluated);
}

function followUpOf(state: EvaluationState, address: RecommendationAddress): FollowUpState {
  if (state.evaluation === null) throw new UnknownEvaluation(address.agency, address.fiscalYearEvaluated);
  const followUp = state.followUps[address.recommendation];
  if (!followUp) throw new UnknownRecommendation(address.fiscalYearEvaluated, address.recommendation);
  return followUp;
}

/** Reported done, the follow-up waits on the inspectorate; verified, it is closed. */
function refuseUnlessOpen(followUp: FollowUpState, recommendation: number): void {
  if (followUp.status === 'reported') throw new FollowUpAwaitingVerification(recommendation);
  if (followUp.status === 'verified') throw new FollowUpAlreadyVerified(recommendation);
}

/** The action plan, or a revision of it while the follow-up is open; a plan already on record records nothing. */
export function planFollowUp(command: PlanFollowUp, state: EvaluationState): EvaluationEvent[] {
  const { recommendation, action, expectedOutput, due, responsibleUnit, unit } = command.data;
  const followUp = followUpOf(state, command.data);
  const plan = { action, expectedOutput, due, responsibleUnit, unit };
  if (followUp.plans.some((p) => sameData(p, plan))) return [];
  refuseUnlessOpen(followUp, recommendation);
  return [{ type: 'FollowUpPlanned', data: { recommendation, ...plan } }];
}

/**
 * Progress on a planned follow-up, with its evidence; a complete one reports the action done. A
 * report already on record records nothing (a re-import appends nothing), so a report after a
 * return says something new.
 */
export function reportFollowUpProgress(
  command: ReportFollowUpProgress,
  state: EvaluationState,
): EvaluationEvent[] {
  const { recommendation, note, evidence, complete } = command.data;
  const followUp = followUpOf(state, command.data);
  if (followUp.plans.length === 0) throw new FollowUpNotPlanned(recommendation);
  const report = { note, evidence, complete };
  if (followUp.reports.some((r) => sameData(r, report))) return [];
  refuseUnlessOpen(followUp, recommendation);
  const number = followUp.reports.length + 1;
  return [{ type: 'FollowUpProgressReported', data: { recommendation, report: number, ...report } }];
}

/**
 * The inspectorate's verification of a follow-up the agency reported done: accepted (closed), or
 * returned with a note (the agency continues). Accepting a verified one records nothing, so an
 * approval applied twice appends once.
 */
export function verifyFollowUp(command: VerifyFollowUp, state: EvaluationState): EvaluationEvent[] {
  const { recommendation, outcome } = command.data;
  const followUp = followUpOf(state, command.data);
  const note = command.data.note?.trim() || null;
  if (outcome === 'accepted') {
    if (followUp.status === 'verified') return [];
    if (followUp.status !== 'reported') throw new FollowUpNotReported(recommendation);
    return [{ type: 'FollowUpVerified', data: { recommendation, note } }];
  }
  if (note === null) throw new ReturnNoteRequired();
  if (followUp.status === 'returned' && followUp.returnNote === note) return [];
  if (followUp.status === 'verified') throw new FollowUpAlreadyVerified(recommendation);
  if (followUp.status !== 'reported') throw new FollowUpNotReported(recommendation);
  return [{ type: 'FollowUpReturned', data: { recommendation, note } }];
}

export function decide(command: EvaluationCommand, state: EvaluationState): EvaluationEvent[] {
  switch (command.type) {
    case 'RecordEvaluation':
      return recordEvaluation(command, state);
    case 'PlanFollowUp':
      return planFollowUp(command, state);
    case 'ReportFollowUpProgress':
      return reportFollowUpProgress(command, state);
    case 'VerifyFollowUp':
      return verifyFollowUp(command, state);
    default:
      return unreachable(command, 'evaluation command');
  }
}

export { evolve, initialState };

export const evaluationDecider: Decider<EvaluationState, EvaluationCommand, EvaluationEvent> = {
  decide,
  evolve,
  initialState,
};
