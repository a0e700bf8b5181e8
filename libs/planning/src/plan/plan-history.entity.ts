import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Earlier years' results as reported then, recorded with a Renstra; the indicator may be an older plan's. */
@Entity({ name: 'plan_history' })
export class PlanHistoryEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'text' })
  tenantId: string;

  @PrimaryColumn({ type: 'text' })
  agency: string;

  /** The Renstra it was recorded with. */
  @PrimaryColumn({ type: 'text' })
  period: string;

  @PrimaryColumn({ type: 'text' })
  indicator: string;

  @PrimaryColumn({ type: 'integer' })
  year: number;

  @Column({ type: 'text', nullable: true })
  name: string | null;

  @Column({ type: 'text', nullable: true })
  unit: string | null;

  /** Decimal strings (numeric in the table, never a float). */
  @Column({ type: 'numeric', nullable: true })
  target: string | null;

  @Column({ type: 'numeric', nullable: true })
  realization: string | null;

  @Column({ type: 'integer' })
  revision: number;
}
