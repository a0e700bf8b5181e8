import { requestContext } from '@jejak/database';
import { EVENT_STORE, EventStore, WrongExpectedRevisionError, newId } from '@jejak/eventstore';
import { InterchangeDocument, validateInterchange } from '@jejak/interchange';
import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ImportInterrupted, ImportRefused, InvalidDocument } from '../domain/import.errors';
import { StagingEventStore } from '../staging/staging-event-store';
import { importScope, importSteps } from '../steps/import-steps';
import { dryRun } from './dry-run';
import { ImportDocumentCommand, ImportResult } from './import-document.command';

const isJsonObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The whole document is checked first; an invalid one is refused with every problem, and nothing is read or written. */
export function validDocument(body: unknown): InterchangeDocument {
  if (!isJsonObject(body)) {
    throw new InvalidDocument(
      [{ path: '$', code: 'INTERCHANGE.WRONG_TYPE', message: 'must be object' }],
      true,
    );
  }
  const validation = validateInterchange(body);
  if (!validation.ok) throw new InvalidDocument(validation.errors);
  return validation.document;
}

/**
 * All or nothing: every command runs first against a staging store (reads fall through to the
 * real store, appends stay in memory); any refusal refuses the document with nothing written.
 * Only then are the staged events written, stream by stream, each at the revision the dry run
 * read — a stream changed meanwhile is a 409, never overwritten.
 */
@CommandHandler(ImportDocumentCommand)
export class ImportDocumentHandler implements ICommandHandler<ImportDocumentCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute(command: ImportDocumentCommand): Promise<ImportResult> {
    const doc = validDocument(command.document);
    const scope = importScope(doc);
    const run = {
      scope,
      actor: command.importer,
      correlationId: command.correlationId ?? requestContext.current()?.correlationId ?? newId(),
      now: new Date(),
    };
    const staging = new StagingEventStore(this.store);
    const refusals = await dryRun(importSteps(doc), run, staging);
    if (refusals.length > 0) throw new ImportRefused(refusals);
    const { eventsAppended } = await staging.flush((stream, error, written) => {
      if (!(error instanceof WrongExpectedRevisionError))
        return error instanceof Error ? error : new Error(String(error));
      const appended = written.reduce((n, s) => n + s.appended, 0);
      return new ImportInterrupted(
        stream,
        appended,
        written.map((s) => s.stream),
      );
    });
    return { ...scope, eventsAppended };
  }
}
