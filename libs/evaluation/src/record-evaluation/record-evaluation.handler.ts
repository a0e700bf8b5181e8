import { EVENT_STORE, EventStore } from '@jejak/eventstore';
import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { runEvaluationCommand } from '../shared/evaluation-command';
import { RecordEvaluationCommand, RecordEvaluationResult } from './record-evaluation.command';

@CommandHandler(RecordEvaluationCommand)
export class RecordEvaluationHandler implements ICommandHandler<RecordEvaluationCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute(command: RecordEvaluationCommand): Promise<RecordEvaluationResult> {
    const { result, state } = await runEvaluationCommand(this.store, command);
    const lhe = state.evaluation;
    // The decider refuses or records: after it, the LHE is on record.
    if (lhe === null) throw new Error('RecordEvaluation left no LHE on record');
    return {
      ...result,
      total: lhe.total,
      grade: lhe.grade,
      discrepancies: lhe.discrepancies,
      recommendations: lhe.recommendations.length,
    };
  }
}
