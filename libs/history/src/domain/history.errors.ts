import { DomainError } from '@jejak/eventstore';

/** A version the agreement does not have (yet): 404 naming the parameter that asked for it. */
export class AgreementVersionNotFound extends DomainError {
  readonly code = 'HISTORY.AGREEMENT_VERSION_NOT_FOUND';
  override readonly status: number = 404;
  constructor(
    readonly version: number,
    readonly known: readonly number[],
    parameter: string,
  ) {
    super(
      `The agreement has no version ${version} (versions: ${known.length ? known.join(', ') : 'none signed'})`,
      [parameter],
    );
  }
}
