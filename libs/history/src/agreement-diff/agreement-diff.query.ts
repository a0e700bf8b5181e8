import { Query } from '@nestjs/cqrs';
import { AgreementDiffView } from './agreement-diff';

/** The target and budget lines that differ between two versions of an agency's PK. */
export class AgreementDiffQuery extends Query<AgreementDiffView> {
  constructor(
    readonly tenant: string,
    readonly agency: string,
    readonly fiscalYear: number,
    readonly from: number,
    readonly to: number,
  ) {
    super();
  }
}
