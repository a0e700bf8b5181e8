import { Column, Entity, PrimaryColumn } from 'typeorm';
import { AgreementBudgetLine, AgreementParty, AgreementTarget } from '../domain/agreement.events';
import { AgreementChanges } from '../domain/agreement.terms';

/**
 * One row per version of a PK: version 0 the original (drafted, then signed), version n the
 * agreement after amendment n, each with the terms in force and what changed. `party` is ''
 * for the agency's own PK. `revision` is the stream position of the last event the row took.
 */
@Entity({ name: 'agreement_versions' })
export class AgreementVersionEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'text' })
  tenantId: string;

  @PrimaryColumn({ type: 'text' })
  agency: string;

  @PrimaryColumn({ name: 'fiscal_year', type: 'integer' })
  fiscalYear: number;

  @PrimaryColumn({ type: 'text' })
  party: string;

  @PrimaryColumn({ type: 'integer' })
  version: number;

  @Column({ name: 'stream_id', type: 'text' })
  streamId: string;

  @Column({ name: 'cascaded_from', type: 'text', nullable: true })
  cascadedFrom: string | null;

  @Column({ type: 'text' })
  status: 'drafted' | 'signed';

  /** ISO date; null before signing, or for an undated document. */
  @Column({ name: 'signed_on', type: 'date', nullable: true })
  signedOn: string | null;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Column({ name: 'legal_basis', type: 'text', nullable: true })
  legalBasis: string | null;

  @Column({ name: 'first_party', type: 'jsonb' })
  firstParty: AgreementParty;

  @Column({ name: 'second_party', type: 'jsonb' })
  secondParty: AgreementParty;

  @Column({ type: 'jsonb' })
  targets: AgreementTarget[];

  @Column({ type: 'jsonb' })
  budget: AgreementBudgetLine[];

  /** Whole rupiah; bigint comes back from PostgreSQL as a string, never a float. */
  @Column({ name: 'budget_total', type: 'bigint' })
  budgetTotal: string;

  @Column({ type: 'jsonb' })
  changes: AgreementChanges;

  @Column({ name: 'occurred_at', type: 'timestamptz', nullable: true })
  occurredAt: Date | null;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;

  @Column({ type: 'integer' })
  revision: number;
}
