import { CommandMetadata } from '@jejak/eventstore';
import { Command } from '@nestjs/cqrs';
import { RecordEvaluation, RecordEvaluationData } from '../domain/evaluation.decider';
import { Discrepancy } from '../domain/evaluation.events';
import { Grade } from '../domain/rubric';
import { EvaluationCommandResult } from '../shared/evaluation-command';

/** The LHE as recorded: its computed total and grade, and what its printed numbers contradict. */
export interface RecordEvaluationResult extends EvaluationCommandResult {
  readonly total: string | null;
  readonly grade: Grade | null;
  readonly discrepancies: readonly Discrepancy[];
  readonly recommendations: number;
}

/** The one definition of the command: sent on Nest's CommandBus and given to the decider in specs. */
export class RecordEvaluationCommand extends Command<RecordEvaluationResult> implements RecordEvaluation {
  readonly type = 'RecordEvaluation' as const;

  constructor(
    readonly data: RecordEvaluationData,
    readonly metadata: CommandMetadata,
    /** The LHE stream's revision the client saw (`If-Match`); omitted, none is required. */
    readonly expectedRevision?: number,
  ) {
    super();
  }
}
