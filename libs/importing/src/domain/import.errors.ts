import { DomainError } from '@jejak/eventstore';

/**
 * One reason an import is refused: where in the document (a JSON path such as
 * `$.agreement.targets[0].indicator`), what, a stable code, and — for a refusal of the domain —
 * the command that was refused and the import step that sent it.
 */
export interface ImportProblem {
  readonly path: string;
  readonly message: string;
  readonly code: string;
  readonly command?: string;
  readonly step?: string;
}

/**
 * The body is not a valid sakip-interchange/1 document: every problem, by JSON path, and nothing
 * written. 400 when the body is not a JSON object at all, 422 otherwise.
 */
export class InvalidDocument extends DomainError {
  readonly code: string;
  override readonly status: number;
  constructor(
    readonly problems: readonly ImportProblem[],
    notAnObject = false,
  ) {
    super(
      notAnObject
        ? 'The body is not a sakip-interchange/1 document: it must be a JSON object'
        : `The document is not a valid sakip-interchange/1 document (${problems.length} problem${problems.length === 1 ? '' : 's'})`,
      problems.map((p) => p.path),
    );
    this.code = notAnObject ? 'IMPORT.NOT_A_DOCUMENT' : 'IMPORT.INVALID_DOCUMENT';
    this.status = notAnObject ? 400 : 422;
  }
}

/**
 * The document is valid but conflicts with what is recorded (a rule of a context refused one of
 * its commands in the dry run): every refusal, by the command and the path it came from; nothing
 * written.
 */
export class ImportRefused extends DomainError {
  readonly code = 'IMPORT.REFUSED';
  constructor(readonly problems: readonly ImportProblem[]) {
    super(
      `The document conflicts with what is recorded (${problems.length} refusal${problems.length === 1 ? '' : 's'}); nothing was written`,
      problems.map((p) => p.path),
    );
  }
}

/**
 * A stream changed between the dry run and the write. Streams are written one by one (the event
 * store port appends to one stream at a time), so those before `stream` may already be written:
 * sending the same document again writes the rest, since every command is idempotent.
 */
export class ImportInterrupted extends DomainError {
  readonly code = 'IMPORT.CONCURRENT_CHANGE';
  override readonly status: number = 409;
  constructor(
    readonly stream: string,
    readonly eventsAppended: number,
    readonly streamsWritten: readonly string[],
  ) {
    super(
      `Stream ${stream} was changed by someone else during the import; ${eventsAppended} event(s) in ` +
        `${streamsWritten.length} stream(s) were already written. Send the document again to import the rest.`,
      [],
    );
  }
}

/** A tenant to create needs its kind, and neither `tenant.kind` nor the tenant's name says it. */
export class TenantKindRequired extends DomainError {
  readonly code = 'IMPORT.TENANT_KIND_REQUIRED';
  constructor(readonly tenant: string) {
    super(
      `Tenant "${tenant}" does not exist yet and the document does not say its kind (kota, kabupaten or provinsi)`,
      ['kind'],
    );
  }
}
