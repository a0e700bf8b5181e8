import { dec, Decimal, DecimalInput } from './decimal';

/** An agreed target (PK): the indicator, its target, the programs whose budget funds it. */
export interface AgreedTarget {
  readonly indicator: string;
  readonly target: DecimalInput;
  /** Absent or null: every program funds it. */
  readonly fundedBy?: readonly string[] | null;
}

/** A program's budget in the agreement, whole rupiah (a JSON number or a bigint). */
export interface AgreedBudgetLine {
  readonly program: string;
  readonly amount: number | bigint;
}

/** An amendment carries only the lists it replaces. */
export interface AgreementChange {
  readonly targets?: readonly AgreedTarget[];
  readonly budget?: readonly AgreedBudgetLine[];
}

export interface AgreementTerms {
  readonly targets: readonly AgreedTarget[];
  readonly budget?: readonly AgreedBudgetLine[];
  readonly amendments?: readonly AgreementChange[];
}

/** What was agreed in one version: the original, then one per amendment. */
export interface AgreementVersion {
  readonly targets: readonly AgreedTarget[];
  readonly budget: readonly AgreedBudgetLine[];
}

/** Every version in order; an amendment replaces each list it carries and keeps the others. */
export function agreementVersions(agreement: AgreementTerms): AgreementVersion[] {
  const original: AgreementVersion = { targets: agreement.targets, budget: agreement.budget ?? [] };
  return (agreement.amendments ?? []).reduce<AgreementVersion[]>(
    (versions, change) => {
      const previous = versions[versions.length - 1];
      return [
        ...versions,
        { targets: change.targets ?? previous.targets, budget: change.budget ?? previous.budget },
      ];
    },
    [original],
  );
}

/** The version in force after the last amendment. */
export function currentAgreement(agreement: AgreementTerms): AgreementVersion {
  const versions = agreementVersions(agreement);
  return versions[versions.length - 1];
}

export const budgetTotal = (lines: readonly AgreedBudgetLine[]): bigint =>
  lines.reduce((sum, line) => sum + BigInt(line.amount), 0n);

/** A plan (Renstra) indicator: its code and its targets by year ("2024": 254). */
export interface PlannedIndicator {
  readonly code: string;
  readonly targets?: Readonly<Record<string, DecimalInput | null>>;
}

/**
 * The target of an indicator in a fiscal year: the agreement's target after its last amendment;
 * for an indicator not in the agreement, the plan's target for that year; else null (no target).
 */
export function targetFor(
  indicator: PlannedIndicator,
  year: number,
  agreement?: AgreementTerms | null,
): Decimal | null {
  const agreed = agreement
    ? currentAgreement(agreement).targets.find((t) => t.indicator === indicator.code)
    : undefined;
  if (agreed) return dec(agreed.target);
  const planned = indicator.targets?.[String(year)];
  return planned === undefined || planned === null ? null : dec(planned);
}
