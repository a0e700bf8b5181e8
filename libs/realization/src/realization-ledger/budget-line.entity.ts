import { Column, Entity, PrimaryColumn } from 'typeorm';
import { BudgetLevel, Period } from '../domain/realization.events';

/** One row per budget line of an agency's year: the ceiling in force and the latest cumulative realization. */
@Entity({ name: 'budget_lines' })
export class BudgetLineEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'text' })
  tenantId: string;

  @PrimaryColumn({ type: 'text' })
  agency: string;

  @PrimaryColumn({ name: 'fiscal_year', type: 'integer' })
  fiscalYear: number;

  @PrimaryColumn({ type: 'text' })
  code: string;

  @Column({ type: 'text' })
  level: BudgetLevel;

  /** Whole rupiah (bigint; pg returns it as a string, never a float). */
  @Column({ type: 'bigint' })
  allocation: string;

  @Column({ type: 'text', nullable: true })
  basis: string | null;

  @Column({ type: 'bigint', nullable: true })
  realized: string | null;

  @Column({ name: 'physical_progress', type: 'numeric', nullable: true })
  physicalProgress: string | null;

  /** The period the realized figure runs up to; null before any realization. */
  @Column({ type: 'text', nullable: true })
  period: Period | null;

  @Column({ type: 'integer' })
  revision: number;
}
