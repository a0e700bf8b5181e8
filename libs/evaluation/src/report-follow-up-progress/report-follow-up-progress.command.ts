import { CommandMetadata } from '@jejak/eventstore';
import { Command } from '@nestjs/cqrs';
import { ReportFollowUpProgress, ReportFollowUpProgressData } from '../domain/evaluation.decider';
import { EvidenceFile } from '../evidence/evidence-files';
import { FollowUpCommandResult } from '../shared/evaluation-command';

/** The one definition of the command: sent on Nest's CommandBus and given to the decider in specs. */
export class ReportFollowUpProgressCommand
  extends Command<FollowUpCommandResult>
  implements ReportFollowUpProgress
{
  readonly type = 'ReportFollowUpProgress' as const;

  constructor(
    readonly data: ReportFollowUpProgressData,
    readonly metadata: CommandMetadata,
    /** The LHE stream's revision the client saw (`If-Match`); omitted, none is required. */
    readonly expectedRevision?: number,
    /** The uploaded evidence's bytes, kept in `evidence_files`; the event carries its hash and name. */
    readonly upload?: EvidenceFile,
  ) {
    super();
  }
}
