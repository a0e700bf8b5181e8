import type { Response } from 'express';
import { AgreementRef } from './domain/agreement.decider';

/** What every agreement command answers: which agreement, and its stream's revision (the ETag). */
export interface AgreementResult {
  readonly tenant: string;
  readonly agency: string;
  readonly fiscalYear: number;
  /** null for the agency's own PK; the party of a cascaded one. */
  readonly party: string | null;
  /** The stream's revision after the command (unchanged when the command was a re-send). */
  readonly revision: number;
  /** False when the command was a re-send of what is recorded: nothing was appended (HTTP 200, not 201). */
  readonly recorded: boolean;
}

export const agreementResult = (
  tenant: string,
  ref: AgreementRef,
  outcome: { readonly nextExpectedRevision: number; readonly events: readonly unknown[] },
): AgreementResult => ({
  tenant,
  agency: ref.agency,
  fiscalYear: ref.fiscalYear,
  party: ref.party,
  revision: outcome.nextExpectedRevision,
  recorded: outcome.events.length > 0,
});

/** Where the agreement is read: the agency's PK, or a cascaded one under it. */
export const agreementLocation = (tenant: string, ref: AgreementRef): string =>
  `/api/v1/tenants/${tenant}/agencies/${ref.agency}/agreements/${ref.fiscalYear}${ref.party ? `/cascades/${ref.party}` : ''}`;

/** The answer of a command route: the agreement's Location, 201, or 200 when nothing was appended. */
export function respondWithAgreement(
  res: Response,
  tenant: string,
  result: AgreementResult,
): AgreementResult {
  res.location(agreementLocation(tenant, result));
  // A re-send appended nothing: 200, as for a read of what is already there.
  res.status(result.recorded ? 201 : 200);
  return result;
}

/**
 * The `occurredAt` of a fact dated by a document (a signing, an amendment's date): midnight UTC
 * keeps the calendar date in every Indonesian time zone (WIB, WITA, WIT); null stays undated.
 */
export const occurredOn = (date: string | null): string | null =>
  date === null ? null : `${date}T00:00:00.000Z`;
