import { Command, Decider, unreachable } from '@jejak/eventstore';
import {
  AgreementBudgetLine,
  AgreementDrafted,
  AgreementEvent,
  AgreementParty,
  AgreementSigned,
  AgreementTarget,
} from './agreement.events';
import {
  AgreementAlreadyDrafted,
  AgreementAlreadySigned,
  AgreementNotFound,
  AgreementNotSigned,
  AmendmentChangesNothing,
  AmendmentReasonRequired,
  AmendmentWithoutTerms,
  InvalidCascade,
} from './agreement.errors';
import {
  AgreementTerms,
  assertDate,
  assertFundingBudgeted,
  canonicalBudget,
  canonicalTargets,
  changesBetween,
  changesNothing,
  sameTerms,
} from './agreement.terms';
import {
  AgreementVersion,
  amendedTerms,
  amendedVersion,
  canonicalParty,
  originalVersion,
  sameParty,
} from './agreement.versions';
import { AmendmentTerms, recordedAmendment } from './agreement.amendments';

/** Which agreement: the agency's own PK (party null) or one cascaded to a unit or person. */
export interface AgreementRef {
  readonly agency: string;
  readonly fiscalYear: number;
  readonly party: string | null;
}

export type DraftAgreementData = AgreementDrafted['data'];

export interface SignAgreementData extends AgreementRef {
  /** The date on the signed document; null when it gives none (undated, never invented). */
  readonly signedOn: string | null;
  /** Who signed, when not the drafted parties (a Plt. for the head); null: as drafted. */
  readonly firstParty: AgreementParty | null;
  readonly secondParty: AgreementParty | null;
}

export interface AmendAgreementData extends AgreementRef {
  /** The amendment's number when the sender knows it (an import), so a re-sent one is recognised; null: the next. */
  readonly amendment: number | null;
  readonly signedOn: string | null;
  readonly reason: string;
  readonly legalBasis: string | null;
  /** The full new list, or null when the amendment leaves it as it is. */
  readonly targets: readonly AgreementTarget[] | null;
  readonly budget: readonly AgreementBudgetLine[] | null;
}

export type DraftAgreement = Command<'DraftAgreement', DraftAgreementData>;
export type SignAgreement = Command<'SignAgreement', SignAgreementData>;
export type AmendAgreement = Command<'AmendAgreement', AmendAgreementData>;
export type AgreementCommand = DraftAgreement | SignAgreement | AmendAgreement;

export type AgreementState =
  | { readonly status: 'absent' }
  | { readonly status: 'drafted'; readonly draft: DraftAgreementData }
  | {
      readonly status: 'signed';
      readonly draft: DraftAgreementData;
      readonly signature: AgreementSigned['data'];
      /** Version 0 (the original as signed), then one per amendment, in order. */
      readonly versions: readonly AgreementVersion[];
    };

export const initialState = (): AgreementState => ({ status: 'absent' });

function canonicalDraft(data: DraftAgreementData): DraftAgreementData {
  if (data.party === null && data.cascadedFrom !== null)
    throw new InvalidCascade("The agency's own PK is cascaded from none");
  if (data.party !== null && data.party === data.cascadedFrom)
    throw new InvalidCascade('A PK cannot be cascaded from itself');
  const terms = { targets: canonicalTargets(data.targets), budget: canonicalBudget(data.budget) };
  assertFundingBudgeted(terms);
  const { agency, fiscalYear, party, cascadedFrom } = data;
  const parties = {
    firstParty: canonicalParty(data.firstParty),
    secondParty: canonicalParty(data.secondParty),
  };
  return { agency, fiscalYear, party, cascadedFrom, ...parties, ...terms };
}

const sameDraft = (a: DraftAgreementData, b: DraftAgreementData): boolean =>
  a.cascadedFrom === b.cascadedFrom &&
  sameParty(a.firstParty, b.firstParty) &&
  sameParty(a.secondParty, b.secondParty) &&
  sameTerms(a, b);

/** A draft identical to the one recorded is a re-send (an import run twice): nothing happens. */
export function draft(command: DraftAgreement, state: AgreementState): AgreementEvent[] {
  const data = canonicalDraft(command.data);
  if (state.status === 'absent') return [{ type: 'AgreementDrafted', data }];
  if (sameDraft(state.draft, data)) return [];
  throw new AgreementAlreadyDrafted();
}

/** Signed once, only after drafting; the same signature again changes nothing. */
export function sign(command: SignAgreement, state: AgreementState): AgreementEvent[] {
  const { agency, fiscalYear, party, signedOn } = command.data;
  if (state.status === 'absent') throw new AgreementNotFound(agency, fiscalYear, party);
  assertDate(signedOn, 'signedOn');
  const firstParty = canonicalParty(command.data.firstParty ?? state.draft.firstParty);
  const secondParty = canonicalParty(command.data.secondParty ?? state.draft.secondParty);
  if (state.status === 'drafted')
    return [{ type: 'AgreementSigned', data: { signedOn, firstParty, secondParty } }];
  const { signature } = state;
  const same =
    signature.signedOn === signedOn &&
    sameParty(signature.firstParty, firstParty) &&
    sameParty(signature.secondParty, secondParty);
  if (same) return [];
  throw new AgreementAlreadySigned();
}

/**
 * PK Perubahan: after signing, any number of times, each with its date, reason and legal basis
 * and the full new targets list, the full new budget list, or both. One that is already recorded
 * is a re-send (no events); one that would leave the terms in force as they are is refused.
 */
export function amend(command: AmendAgreement, state: AgreementState): AgreementEvent[] {
  const { agency, fiscalYear, party } = command.data;
  if (state.status === 'absent') throw new AgreementNotFound(agency, fiscalYear, party);
  if (state.status === 'drafted') throw new AgreementNotSigned();
  const amendment = canonicalAmendment(command.data);
  if (recordedAmendment(state.versions, amendment)) return [];
  const current = state.versions[state.versions.length - 1];
  const next = amendedTerms(current, amendment);
  assertFundingBudgeted(next, amendment.targets ? 'targets' : null);
  if (changesNothing(changesBetween(current, next))) throw new AmendmentChangesNothing();
  return [{ type: 'AgreementAmended', data: { ...amendment, amendment: state.versions.length } }];
}

function canonicalAmendment(data: AmendAgreementData): AmendmentTerms {
  const reason = typeof data.reason === 'string' ? data.reason.trim() : '';
  if (reason === '') throw new AmendmentReasonRequired();
  if (!data.targets && !data.budget) throw new AmendmentWithoutTerms();
  assertDate(data.signedOn, 'signedOn');
  return {
    amendment: data.amendment,
    signedOn: data.signedOn,
    reason,
    legalBasis: data.legalBasis?.trim() || null,
    targets: data.targets ? canonicalTargets(data.targets) : null,
    budget: data.budget ? canonicalBudget(data.budget) : null,
  };
}

export function decide(command: AgreementCommand, state: AgreementState): AgreementEvent[] {
  switch (command.type) {
    case 'DraftAgreement':
      return draft(command, state);
    case 'SignAgreement':
      return sign(command, state);
    case 'AmendAgreement':
      return amend(command, state);
    default:
      return unreachable(command, 'agreement command');
  }
}

/** Strict: an event the state cannot take means a corrupt stream, never silently skipped. */
export function evolve(state: AgreementState, event: AgreementEvent): AgreementState {
  switch (event.type) {
    case 'AgreementDrafted':
      return { status: 'drafted', draft: event.data };
    case 'AgreementSigned':
      if (state.status !== 'drafted') throw new Error(`AgreementSigned on a ${state.status} agreement`);
      return {
        status: 'signed',
        draft: state.draft,
        signature: event.data,
        versions: [originalVersion(state.draft, event.data)],
      };
    case 'AgreementAmended': {
      if (state.status !== 'signed') throw new Error(`AgreementAmended on a ${state.status} agreement`);
      const previous = state.versions[state.versions.length - 1];
      return { ...state, versions: [...state.versions, amendedVersion(previous, event.data)] };
    }
    default:
      return unreachable(event, 'agreement event');
  }
}

export const agreementDecider: Decider<AgreementState, AgreementCommand, AgreementEvent> = {
  decide,
  evolve,
  initialState,
};

/** The version in force (the last), or null before signing. */
export const versionInForce = (state: AgreementState): AgreementVersion | null =>
  state.status === 'signed' ? state.versions[state.versions.length - 1] : null;

/** The terms of the draft or of the version in force: what a cascaded PK is checked against. */
export const termsOf = (state: AgreementState): AgreementTerms | null =>
  versionInForce(state) ?? (state.status === 'drafted' ? state.draft : null);
