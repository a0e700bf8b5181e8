import { DomainEvent } from '@jejak/eventstore';

export type DecimalString = string;
/** Whole rupiah as a decimal integer string: money is never a float. */
export type Rupiah = string;

export interface AgreementParty {
  readonly position: string | null;
  readonly name?: string | null;
  readonly nip?: string | null;
}

export interface AgreementTarget {
  readonly indicator: string;
  readonly target: DecimalString;
  /** Programs funding the indicator (the base of its efficiency); null: all programs. */
  readonly fundedBy: readonly string[] | null;
}

export interface AgreementBudgetLine {
  readonly program: string;
  readonly amount: Rupiah;
}

/**
 * Stream `{tenant}/agreement-{agency}-{year}` for the head of agency's PK; a cascaded PK of a
 * unit or a person under it is `{tenant}/agreement-{agency}-{year}-{party}`.
 */
export type AgreementDrafted = DomainEvent<
  'AgreementDrafted',
  {
    readonly agency: string;
    readonly fiscalYear: number;
    /** null for the agency's own PK; the unit or post code of a cascaded one. */
    readonly party: string | null;
    /** The PK this one is cascaded from (its party), null for the head of agency's. */
    readonly cascadedFrom: string | null;
    readonly firstParty: AgreementParty;
    readonly secondParty: AgreementParty;
    readonly targets: readonly AgreementTarget[];
    readonly budget: readonly AgreementBudgetLine[];
  }
>;
/** Version 0 comes into force; `signedOn` null: the document is undated (never invented). */
export type AgreementSigned = DomainEvent<
  'AgreementSigned',
  {
    readonly signedOn: string | null;
    readonly firstParty: AgreementParty;
    readonly secondParty: AgreementParty;
  }
>;
/**
 * PK Perubahan: each list carried replaces the one in force (null: kept); the earlier version stays
 * on record. `amendment` numbers them 1, 2, … in the stream: version n is the agreement after it.
 * Targets and amounts are recorded in one canonical spelling ("254", never "254.0" or 254).
 */
export type AgreementAmended = DomainEvent<
  'AgreementAmended',
  {
    readonly amendment: number;
    readonly signedOn: string | null;
    readonly reason: string;
    readonly legalBasis: string | null;
    readonly targets: readonly AgreementTarget[] | null;
    readonly budget: readonly AgreementBudgetLine[] | null;
  }
>;

export type AgreementEvent = AgreementDrafted | AgreementSigned | AgreementAmended;

export const agreementStream = (
  tenant: string,
  agency: string,
  year: number,
  party?: string | null,
): string => `${tenant}/agreement-${agency}-${year}${party ? `-${party}` : ''}`;
