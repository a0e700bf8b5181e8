import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { IndicatorLevel, Polarity } from '../domain/planning.events';

/** One row per indicator of a Renstra: its definition in force, with the years it is in force. */
@Entity({ name: 'plan_indicators' })
export class PlanIndicatorEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'text' })
  tenantId: string;

  @PrimaryColumn({ type: 'text' })
  agency: string;

  /** The Renstra's period, `2021-2026`. */
  @PrimaryColumn({ type: 'text' })
  period: string;

  @PrimaryColumn({ type: 'text' })
  code: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', nullable: true })
  unit: string | null;

  @Column({ type: 'text' })
  polarity: Polarity;

  @Column({ type: 'text' })
  level: IndicatorLevel;

  @Column({ type: 'text' })
  parent: string;

  @Column({ type: 'text', nullable: true })
  definition: string | null;

  @Column({ name: 'data_source', type: 'text', nullable: true })
  dataSource: string | null;

  @Column({ type: 'jsonb', nullable: true })
  baseline: { year: number | null; value: string } | null;

  /** Decimal strings by fiscal year: `{ "2024": "70" }`. */
  @Column({ type: 'jsonb' })
  targets: Record<string, string>;

  /** First and last year in force: the declared validity (the period by default), cut by replacements. */
  @Column({ name: 'valid_from', type: 'integer' })
  validFrom: number;

  @Column({ name: 'valid_to', type: 'integer' })
  validTo: number;

  @Column({ type: 'text', array: true })
  replaces: string[];

  @Column({ name: 'replaced_by', type: 'text', array: true })
  replacedBy: string[];

  /** Stream position of the last event applied to this row (replays change nothing). */
  @Column({ type: 'integer' })
  revision: number;
}
