import { Actor } from '@jejak/database';
import { Command } from '@nestjs/cqrs';

/** What an import answers: the agency-year, and how many events it appended (0 for a re-import). */
export interface ImportResult {
  readonly tenant: string;
  readonly agency: string;
  readonly fiscalYear: number;
  readonly eventsAppended: number;
}

/**
 * Imports one sakip-interchange/1 document: the same commands officials would issue, attributed
 * to `importer` with source 'import', all of them or none. Sent by the API, the CLI and the demo
 * loader alike, in a platform context (`asPlatform`): a document may create its tenant.
 */
export class ImportDocumentCommand extends Command<ImportResult> {
  constructor(
    /** The parsed JSON body or file, not yet validated. */
    readonly document: unknown,
    /** The importing account (the events' actor). */
    readonly importer: Actor,
    /** Groups the import's events; a new id when omitted. */
    readonly correlationId?: string,
  ) {
    super();
  }
}
