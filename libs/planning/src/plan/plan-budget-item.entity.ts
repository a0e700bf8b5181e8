import { Column, Entity, PrimaryColumn } from 'typeorm';

export type BudgetItemLevel = 'program' | 'activity' | 'subActivity';

/** Programs, kegiatan and sub kegiatan of a Renstra: one namespace of codes, as budget data names them. */
@Entity({ name: 'plan_budget_items' })
export class PlanBudgetItemEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'text' })
  tenantId: string;

  @PrimaryColumn({ type: 'text' })
  agency: string;

  @PrimaryColumn({ type: 'text' })
  period: string;

  @PrimaryColumn({ type: 'text' })
  code: string;

  @Column({ type: 'text' })
  level: BudgetItemLevel;

  /** The program of a kegiatan, the kegiatan of a sub kegiatan; null for a program. */
  @Column({ type: 'text', nullable: true })
  parent: string | null;

  @Column({ type: 'text' })
  name: string;

  /** The owning unit of a kegiatan (a sub kegiatan's is its kegiatan's). */
  @Column({ type: 'text', nullable: true })
  unit: string | null;

  /** The objectives (sasaran) a program serves; empty below programs. */
  @Column({ type: 'text', array: true })
  objectives: string[];

  @Column({ type: 'integer' })
  revision: number;
}
