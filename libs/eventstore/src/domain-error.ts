/**
 * A rule of the domain refused a command. Concrete errors extend this once
 * (`AgreementAlreadySigned` → code `AGREEMENT.ALREADY_SIGNED`) and the HTTP layer maps them,
 * in one filter, to a problem document: 422 unless the error says otherwise.
 */
export abstract class DomainError extends Error {
  abstract readonly code: string;
  readonly status: number = 422;
  constructor(
    message: string,
    /** JSON paths or field names the refusal is about, for the problem document. */
    readonly fields: readonly string[] = [],
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** The thing named does not exist for the caller (also what another tenant's data looks like). */
export class NotFoundError extends DomainError {
  readonly code: string = 'NOT_FOUND';
  override readonly status: number = 404;
}
