import { EVENT_STORE, EventStore, fold } from '@jejak/eventstore';
import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { evaluationDecider } from '../domain/evaluation.decider';
import { evaluationStream } from '../domain/evaluation.events';
import { storeEvidenceFile } from '../evidence/evidence-files';
import { FollowUpCommandResult, runFollowUpCommand } from '../shared/evaluation-command';
import { assertAgencyExists } from '../shared/known-agency';
import { ReportFollowUpProgressCommand } from './report-follow-up-progress.command';

@CommandHandler(ReportFollowUpProgressCommand)
export class ReportFollowUpProgressHandler implements ICommandHandler<ReportFollowUpProgressCommand> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly dataSource: DataSource,
  ) {}

  async execute(command: ReportFollowUpProgressCommand): Promise<FollowUpCommandResult> {
    if (command.upload && (await this.wouldRecord(command))) {
      // Bytes first: an event never names a file that is not kept. A crash in between leaves a file
      // no event names, harmless (content-addressed; a retry stores nothing new).
      await storeEvidenceFile(this.dataSource, command.metadata.tenantId, command.upload);
    }
    return runFollowUpCommand(this.store, command);
  }

  /** The decider's judgement now, appending nothing: a refused report keeps no file. */
  private async wouldRecord(command: ReportFollowUpProgressCommand): Promise<boolean> {
    const { tenantId, agency, fiscalYearEvaluated } = command.data;
    await assertAgencyExists(this.store, tenantId, agency);
    const events = await this.store.readStream(evaluationStream(tenantId, agency, fiscalYearEvaluated));
    return evaluationDecider.decide(command, fold(evaluationDecider, events)).length > 0;
  }
}
