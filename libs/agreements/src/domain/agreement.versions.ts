import { AgreementAmended, AgreementDrafted, AgreementParty, AgreementSigned } from './agreement.events';
import { AgreementChanges, AgreementTerms, NO_CHANGES, changesBetween } from './agreement.terms';

/**
 * One version of the agreement: version 0 is the original as signed, version n the agreement
 * after amendment n (PK Perubahan), each with the terms in force and what changed from the one
 * before. Every version stays on record: the inspectorate asks what was agreed at any date.
 */
export interface AgreementVersion extends AgreementTerms {
  readonly version: number;
  readonly signedOn: string | null;
  readonly reason: string | null;
  readonly legalBasis: string | null;
  readonly changes: AgreementChanges;
}

export const originalVersion = (
  draft: AgreementDrafted['data'],
  signature: AgreementSigned['data'] | null,
): AgreementVersion => ({
  version: 0,
  signedOn: signature?.signedOn ?? null,
  reason: null,
  legalBasis: null,
  targets: draft.targets,
  budget: draft.budget,
  changes: NO_CHANGES,
});

/** The terms an amendment puts in force: each list it carries replaces the one before; the other stays. */
export const amendedTerms = (
  previous: AgreementTerms,
  amendment: Pick<AgreementAmended['data'], 'targets' | 'budget'>,
): AgreementTerms => ({
  targets: amendment.targets ?? previous.targets,
  budget: amendment.budget ?? previous.budget,
});

export function amendedVersion(
  previous: AgreementVersion,
  amendment: AgreementAmended['data'],
): AgreementVersion {
  const terms = amendedTerms(previous, amendment);
  return {
    version: amendment.amendment,
    signedOn: amendment.signedOn,
    reason: amendment.reason,
    legalBasis: amendment.legalBasis,
    ...terms,
    changes: changesBetween(previous, terms),
  };
}

/** A party with every field spelled out, so two spellings of one party compare equal. */
export const canonicalParty = (party: AgreementParty): AgreementParty => ({
  position: party.position ?? null,
  name: party.name ?? null,
  nip: party.nip ?? null,
});

export const sameParty = (a: AgreementParty, b: AgreementParty): boolean => {
  const [x, y] = [canonicalParty(a), canonicalParty(b)];
  return x.position === y.position && x.name === y.name && x.nip === y.nip;
};
