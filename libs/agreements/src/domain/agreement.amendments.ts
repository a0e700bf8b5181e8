import { AmendmentConflict } from './agreement.errors';
import { sameTerms } from './agreement.terms';
import { AgreementVersion, amendedTerms } from './agreement.versions';
import { AgreementAmended } from './agreement.events';

/** An amendment as it would be recorded; its number null when the sender leaves it to the agreement. */
export type AmendmentTerms = Omit<AgreementAmended['data'], 'amendment'> & {
  readonly amendment: number | null;
};

/** Version n records the amendment when its date, reason, legal basis and resulting terms are the amendment's. */
function records(versions: readonly AgreementVersion[], n: number, amendment: AmendmentTerms): boolean {
  const version = versions[n];
  return (
    version.signedOn === amendment.signedOn &&
    version.reason === amendment.reason &&
    version.legalBasis === amendment.legalBasis &&
    sameTerms(version, amendedTerms(versions[n - 1], amendment))
  );
}

/**
 * Whether the amendment is already on record (a re-send: nothing to append). A numbered one (an
 * import's) must be the next, or identical to the one recorded under its number; an unnumbered
 * one is a re-send when any recorded amendment is identical to it.
 */
export function recordedAmendment(versions: readonly AgreementVersion[], amendment: AmendmentTerms): boolean {
  const count = versions.length - 1;
  const n = amendment.amendment;
  if (n === null) return versions.some((_, i) => i > 0 && records(versions, i, amendment));
  if (!Number.isInteger(n) || n < 1) throw new AmendmentConflict(n, 'is not a number from 1 on');
  if (n > count + 1) throw new AmendmentConflict(n, `cannot be recorded before amendment ${count + 1}`);
  if (n === count + 1) return false;
  if (records(versions, n, amendment)) return true;
  throw new AmendmentConflict(n, 'is already recorded with other terms');
}
