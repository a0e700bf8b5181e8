import { Column, Entity, PrimaryColumn } from 'typeorm';

export interface GoalRow {
  readonly code: string;
  readonly statement: string;
  readonly objectives: readonly { readonly code: string; readonly statement: string }[];
}

export interface AmendmentRow {
  readonly amendedOn: string | null;
  readonly reason: string;
  readonly legalBasis: string | null;
  readonly title: string | null;
}

/** One row per Renstra of an agency, with its goals and objectives; `revision` is its stream's (the ETag). */
@Entity({ name: 'plan_renstra' })
export class PlanRenstraEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'text' })
  tenantId: string;

  @PrimaryColumn({ type: 'text' })
  agency: string;

  /** `2021-2026`. */
  @PrimaryColumn({ type: 'text' })
  period: string;

  @Column({ name: 'period_from', type: 'integer' })
  periodFrom: number;

  @Column({ name: 'period_to', type: 'integer' })
  periodTo: number;

  /** The title in force: the adopted one, or the last amendment's. */
  @Column({ type: 'text', nullable: true })
  title: string | null;

  @Column({ name: 'adopted_on', type: 'date', nullable: true })
  adoptedOn: string | null;

  @Column({ type: 'jsonb' })
  amendments: AmendmentRow[];

  @Column({ name: 'amended_on', type: 'date', nullable: true })
  amendedOn: string | null;

  @Column({ type: 'jsonb' })
  goals: GoalRow[];

  @Column({ type: 'integer' })
  revision: number;
}
