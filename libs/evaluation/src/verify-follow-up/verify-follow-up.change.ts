import { EventStore, fold } from '@jejak/eventstore';
import { SLUG_PATTERN } from '@jejak/tenancy';
import type { ChangeType } from '@jejak/workflow';
import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { evaluationDecider } from '../domain/evaluation.decider';
import { evaluationStream } from '../domain/evaluation.events';
import { FISCAL_YEAR_MAX, FISCAL_YEAR_MIN } from '../domain/evaluation.rules';
import { RECOMMENDATIONS_MAX } from '../shared/params';
import { VerifyFollowUpCommand } from './verify-follow-up.command';

/** `change.data` of a follow-up submitted for verification: the recommendation, and the unit that submits it. */
export class VerifyFollowUpInput {
  @Matches(SLUG_PATTERN, { message: 'agency must be an agency code (a lowercase slug)' })
  agency: string;

  @IsInt()
  @Min(FISCAL_YEAR_MIN)
  @Max(FISCAL_YEAR_MAX)
  fiscalYearEvaluated: number;

  @IsInt()
  @Min(1)
  @Max(RECOMMENDATIONS_MAX)
  recommendation: number;

  @IsOptional()
  @Matches(SLUG_PATTERN, { message: 'unit must be a unit code (a lowercase slug)' })
  unit?: string | null;
}

export interface VerifyFollowUpChangeData {
  readonly agency: string;
  readonly fiscalYearEvaluated: number;
  readonly recommendation: number;
  readonly unit: string | null;
}

/**
 * A follow-up the agency reported done, submitted for the inspectorate's verification (document
 * type 'follow-up': sekretaris → inspektorat by default). The final approval applies it as
 * VerifyFollowUp, accepted, in the approver's post; submitting one not reported done is refused
 * at once by the decider's dry run (FOLLOW_UP.NOT_REPORTED). The workflow lists it in CHANGE_TYPES.
 */
export const verifyFollowUpChange: ChangeType<VerifyFollowUpChangeData> = {
  command: 'VerifyFollowUp',
  documentTypes: ['follow-up'],
  // The agency proposes its own follow-up for verification: who may plan it may submit it.
  permission: 'followup.plan',
  input: VerifyFollowUpInput,
  dataOf(input: VerifyFollowUpInput): VerifyFollowUpChangeData {
    const { agency, fiscalYearEvaluated, recommendation } = input;
    return { agency, fiscalYearEvaluated, recommendation, unit: input.unit ?? null };
  },
  placeOf: (data) => ({ agency: data.agency, unit: data.unit }),
  commands(tenantId, data, metadata) {
    const { agency, fiscalYearEvaluated, recommendation } = data;
    const verify = { tenantId, agency, fiscalYearEvaluated, recommendation, outcome: 'accepted' as const };
    return [new VerifyFollowUpCommand({ ...verify, note: null }, metadata(0))];
  },
  async dryRun(store: EventStore, commands) {
    const all = commands as VerifyFollowUpCommand[];
    const { tenantId, agency, fiscalYearEvaluated } = all[0].data;
    let state = fold(
      evaluationDecider,
      await store.readStream(evaluationStream(tenantId, agency, fiscalYearEvaluated)),
    );
    for (const command of all)
      state = evaluationDecider.decide(command, state).reduce(evaluationDecider.evolve, state);
  },
};
