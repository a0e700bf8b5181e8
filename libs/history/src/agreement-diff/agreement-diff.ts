import { AgreementVersion, TargetTerms, budgetTotal } from '@jejak/agreements';
import { diffBy, sameValue } from '../domain/keyed-diff';

/** A version as the diff shows it: its number, date and grounds, without its lists. */
export interface VersionHeader {
  readonly version: number;
  readonly signedOn: string | null;
  readonly reason: string | null;
  readonly legalBasis: string | null;
  readonly budgetTotal: string;
}

export interface AgreementDiffView {
  readonly tenant: string;
  readonly agency: string;
  readonly fiscalYear: number;
  readonly from: VersionHeader;
  readonly to: VersionHeader;
  /** Target lines that differ: before → after (null: added or removed). */
  readonly targets: readonly {
    readonly indicator: string;
    readonly before: TargetTerms | null;
    readonly after: TargetTerms | null;
  }[];
  readonly budget: readonly {
    readonly program: string;
    readonly before: string | null;
    readonly after: string | null;
  }[];
  readonly budgetTotal: { readonly before: string; readonly after: string } | null;
}

const header = (v: AgreementVersion): VersionHeader => ({
  version: v.version,
  signedOn: v.signedOn,
  reason: v.reason,
  legalBasis: v.legalBasis,
  budgetTotal: budgetTotal(v.budget),
});

/** The lines of two versions of one PK that differ (any two, either way round; order of lines ignored). */
export function agreementDiff(
  scope: { readonly tenant: string; readonly agency: string; readonly fiscalYear: number },
  from: AgreementVersion,
  to: AgreementVersion,
): AgreementDiffView {
  // Funding programs compare as a set, as the agreement's own rules do.
  const terms = (t: AgreementVersion['targets'][number]): TargetTerms => ({
    target: t.target,
    fundedBy: t.fundedBy ? [...t.fundedBy].sort() : null,
  });
  const targets = diffBy(from.targets, to.targets, (t) => t.indicator, terms);
  const budget = diffBy(
    from.budget,
    to.budget,
    (b) => b.program,
    (b) => b.amount,
  );
  const [before, after] = [header(from), header(to)];
  return {
    ...scope,
    from: before,
    to: after,
    targets: targets.map(({ key, ...change }) => ({ indicator: key, ...change })),
    budget: budget.map(({ key, ...change }) => ({ program: key, ...change })),
    budgetTotal: sameValue(before.budgetTotal, after.budgetTotal)
      ? null
      : { before: before.budgetTotal, after: after.budgetTotal },
  };
}
