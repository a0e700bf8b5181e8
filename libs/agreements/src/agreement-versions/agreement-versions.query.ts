import { Query } from '@nestjs/cqrs';
import { EntityManager } from 'typeorm';
import { AgreementBudgetLine, AgreementParty, AgreementTarget, Rupiah } from '../domain/agreement.events';
import { AgreementChanges } from '../domain/agreement.terms';
import { AgreementVersionEntity } from './agreement-version.entity';

/** Which PK: the agency's own (party null or absent) or a cascaded one. */
export interface AgreementKey {
  readonly tenantId: string;
  readonly agency: string;
  readonly fiscalYear: number;
  readonly party?: string | null;
}

/** The terms of a version; money as whole-rupiah strings. */
export interface AgreementTermsView {
  readonly version: number;
  readonly signedOn: string | null;
  readonly targets: readonly AgreementTarget[];
  readonly budget: readonly AgreementBudgetLine[];
  readonly budgetTotal: Rupiah;
}

export interface AgreementVersionView extends AgreementTermsView {
  readonly reason: string | null;
  readonly legalBasis: string | null;
  readonly changes: AgreementChanges;
  /** When it took effect (the signing or amendment date), null when undated. */
  readonly occurredAt: string | null;
  readonly recordedAt: string;
}

export interface AgreementView {
  readonly tenant: string;
  readonly agency: string;
  readonly fiscalYear: number;
  readonly party: string | null;
  readonly cascadedFrom: string | null;
  /** 'drafted' until signed: nothing is in force yet. */
  readonly status: 'drafted' | 'signed';
  readonly firstParty: AgreementParty;
  readonly secondParty: AgreementParty;
  /** The stream's revision: the ETag, for If-Match on the next signature or amendment. */
  readonly revision: number;
  readonly current: AgreementTermsView;
  /** The original first, then one per amendment. */
  readonly versions: readonly AgreementVersionView[];
}

/** The agency's PK of a year (party null) or a cascaded one; never drafted → `AgreementNotFound` (404). */
export class GetAgreementQuery extends Query<AgreementView> {
  constructor(
    readonly tenantId: string,
    readonly agency: string,
    readonly fiscalYear: number,
    readonly party: string | null = null,
  ) {
    super();
  }
}

const where = (key: AgreementKey) => ({
  tenantId: key.tenantId,
  agency: key.agency,
  fiscalYear: key.fiscalYear,
  party: key.party ?? '',
});

/** Every version of a PK, the original first; [] when never drafted. Runs in the caller's transaction (RLS). */
export function findAgreementVersions(
  manager: EntityManager,
  key: AgreementKey,
): Promise<AgreementVersionEntity[]> {
  return manager.find(AgreementVersionEntity, { where: where(key), order: { version: 'ASC' } });
}

export interface AgreementInForce extends AgreementTermsView {
  readonly agency: string;
  readonly fiscalYear: number;
  readonly party: string | null;
  /** The stream revision the read model reflects. */
  readonly revision: number;
}

/**
 * The signed PK's terms in force: the targets (with the programs funding each, null meaning all)
 * and the budget per program after the last amendment. Null when not drafted or not yet signed,
 * since a draft binds nobody. For the performance and efficiency queries of other contexts.
 */
export async function findAgreementInForce(
  manager: EntityManager,
  key: AgreementKey,
): Promise<AgreementInForce | null> {
  const row = await manager.findOne(AgreementVersionEntity, {
    where: { ...where(key), status: 'signed' },
    order: { version: 'DESC' },
  });
  if (row === null) return null;
  return {
    agency: row.agency,
    fiscalYear: row.fiscalYear,
    party: row.party || null,
    revision: row.revision,
    ...termsView(row),
  };
}

const termsView = (row: AgreementVersionEntity): AgreementTermsView => ({
  version: row.version,
  signedOn: row.signedOn,
  targets: row.targets,
  budget: row.budget,
  budgetTotal: row.budgetTotal,
});

const versionView = (row: AgreementVersionEntity): AgreementVersionView => ({
  ...termsView(row),
  reason: row.reason,
  legalBasis: row.legalBasis,
  changes: row.changes,
  occurredAt: row.occurredAt?.toISOString() ?? null,
  recordedAt: row.recordedAt.toISOString(),
});

/** The API's view of a PK's rows (at least one: version 0). */
export function agreementView(rows: readonly AgreementVersionEntity[]): AgreementView {
  const current = rows[rows.length - 1];
  return {
    tenant: current.tenantId,
    agency: current.agency,
    fiscalYear: current.fiscalYear,
    party: current.party || null,
    cascadedFrom: current.cascadedFrom,
    status: current.status,
    firstParty: current.firstParty,
    secondParty: current.secondParty,
    revision: Math.max(...rows.map((row) => row.revision)),
    current: termsView(current),
    versions: rows.map(versionView),
  };
}
