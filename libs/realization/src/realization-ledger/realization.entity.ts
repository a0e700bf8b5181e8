import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Measurement, Period } from '../domain/realization.events';

/**
 * One row per indicator and period of an agency's year: the measurement in force. A ratio keeps
 * its raw numerator and denominator (× 100 is measurement's business, not the ledger's).
 */
@Entity({ name: 'realizations' })
export class RealizationEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'text' })
  tenantId: string;

  @PrimaryColumn({ type: 'text' })
  agency: string;

  @PrimaryColumn({ name: 'fiscal_year', type: 'integer' })
  fiscalYear: number;

  @PrimaryColumn({ type: 'text' })
  indicator: string;

  @PrimaryColumn({ type: 'text' })
  period: Period;

  @Column({ type: 'text' })
  kind: Measurement['kind'];

  /** Decimal as text, exactly as recorded. */
  @Column({ type: 'text', nullable: true })
  value: string | null;

  @Column({ type: 'text', nullable: true })
  numerator: string | null;

  @Column({ type: 'text', nullable: true })
  denominator: string | null;

  @Column({ type: 'text', nullable: true })
  source: string | null;

  @Column({ type: 'text', nullable: true })
  unit: string | null;

  @Column({ type: 'boolean' })
  corrected: boolean;

  @Column({ name: 'correction_reason', type: 'text', nullable: true })
  correctionReason: string | null;

  /** When the measurement in force took effect; null for an undated (imported) fact. */
  @Column({ name: 'occurred_at', type: 'timestamptz', nullable: true })
  occurredAt: Date | null;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;

  /** The ledger stream's position of the last event applied to the row. */
  @Column({ type: 'integer' })
  revision: number;
}
