import { CommandMetadata } from '@jejak/eventstore';
import { Command } from '@nestjs/cqrs';
import { RenstraCommandResult } from '../common/execute-renstra-command';
import { DefinePlanElements, DefinePlanElementsData } from '../domain/renstra.commands';

/**
 * Defines goals, objectives, programs, kegiatan, sub kegiatan and indicators — any number, in one
 * append (the importer sends a whole plan). The one-fact routes send it with one list of one
 * (`planElements(ref, { goals: [goal] })`).
 */
export class DefinePlanElementsCommand extends Command<RenstraCommandResult> implements DefinePlanElements {
  readonly type = 'DefinePlanElements' as const;

  constructor(
    readonly data: DefinePlanElementsData,
    readonly metadata: CommandMetadata,
    /** The revision the client saw (If-Match); omitted, the one just read. */
    readonly expectedRevision?: number,
  ) {
    super();
  }
}
