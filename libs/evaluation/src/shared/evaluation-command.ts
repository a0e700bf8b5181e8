import { EventStore, handleCommand } from '@jejak/eventstore';
import {
  EvaluationCommand,
  PlanFollowUp,
  ReportFollowUpProgress,
  VerifyFollowUp,
  evaluationDecider,
} from '../domain/evaluation.decider';
import { evaluationStream, followUpId } from '../domain/evaluation.events';
import { EvaluationState, FollowUpStatus } from '../domain/evaluation.state';
import { assertAgencyExists } from './known-agency';

export interface EvaluationCommandResult {
  readonly tenant: string;
  readonly agency: string;
  readonly fiscalYearEvaluated: number;
  /** The LHE stream's revision after the command: the ETag to send back as `If-Match`. */
  readonly revision: number;
  /** False when the command repeated what is already recorded: nothing was appended. */
  readonly recorded: boolean;
}

/** What every evaluation command carries besides data and metadata: the revision the client saw. */
export interface EvaluationCommandOptions {
  readonly expectedRevision?: number;
}

/** The one path of the evaluation commands: the agency must exist, then load–fold–decide–append. */
export async function runEvaluationCommand(
  store: EventStore,
  command: EvaluationCommand & EvaluationCommandOptions,
): Promise<{ readonly result: EvaluationCommandResult; readonly state: EvaluationState }> {
  const { tenantId, agency, fiscalYearEvaluated } = command.data;
  await assertAgencyExists(store, tenantId, agency);
  const outcome = await handleCommand(store, {
    stream: evaluationStream(tenantId, agency, fiscalYearEvaluated),
    decider: evaluationDecider,
    command,
    expectedRevision: command.expectedRevision,
  });
  const result = {
    tenant: tenantId,
    agency,
    fiscalYearEvaluated,
    revision: outcome.nextExpectedRevision,
    recorded: outcome.events.length > 0,
  };
  return { result, state: outcome.state };
}

/** A follow-up command's answer: the follow-up's id and where it stands now. */
export interface FollowUpCommandResult extends EvaluationCommandResult {
  /** `{fiscalYearEvaluated}-{recommendation}` (`2023-1`), the id of `…/follow-ups/:id`. */
  readonly followUp: string;
  readonly recommendation: number;
  readonly status: FollowUpStatus;
}

/** Runs a follow-up command and answers with the follow-up's status after it. */
export async function runFollowUpCommand(
  store: EventStore,
  command: (PlanFollowUp | ReportFollowUpProgress | VerifyFollowUp) & EvaluationCommandOptions,
): Promise<FollowUpCommandResult> {
  const { result, state } = await runEvaluationCommand(store, command);
  const { recommendation } = command.data;
  return {
    ...result,
    followUp: followUpId(result.fiscalYearEvaluated, recommendation),
    recommendation,
    status: state.followUps[recommendation]?.status ?? 'open',
  };
}
