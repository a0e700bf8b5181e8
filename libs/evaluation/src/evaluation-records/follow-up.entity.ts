import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Evidence } from '../domain/evaluation.events';
import { FollowUpStatus } from '../domain/evaluation.state';

/** One row per recommendation of an LHE: its action plan and where its follow-up stands (LKjIP BAB I). */
@Entity({ name: 'follow_ups' })
export class FollowUpEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'text' })
  tenantId: string;

  @PrimaryColumn({ type: 'text' })
  agency: string;

  @PrimaryColumn({ name: 'fiscal_year_evaluated', type: 'integer' })
  fiscalYearEvaluated: number;

  @PrimaryColumn({ type: 'integer' })
  recommendation: number;

  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'text', nullable: true })
  component: string | null;

  @Column({ type: 'text', nullable: true })
  action: string | null;

  @Column({ name: 'expected_output', type: 'text', nullable: true })
  expectedOutput: string | null;

  @Column({ type: 'date', nullable: true })
  due: string | null;

  @Column({ name: 'responsible_unit', type: 'text', nullable: true })
  responsibleUnit: string | null;

  @Column({ type: 'text', nullable: true })
  unit: string | null;

  @Column({ type: 'text' })
  status: FollowUpStatus;

  /** How many progress reports; the latest one's note. */
  @Column({ type: 'integer' })
  reports: number;

  @Column({ name: 'progress_note', type: 'text', nullable: true })
  progressNote: string | null;

  /** Every report's evidence, in order. */
  @Column({ type: 'jsonb' })
  evidence: Evidence[];

  /** When the inspectorate accepted it (the approval's date); null until then. */
  @Column({ name: 'verified_at', type: 'timestamptz', nullable: true })
  verifiedAt: Date | null;

  /** The inspectorate's note: why it was returned, or what it said accepting it. */
  @Column({ name: 'verification_note', type: 'text', nullable: true })
  verificationNote: string | null;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;

  /** The LHE stream's position of the last event applied to the row. */
  @Column({ type: 'integer' })
  revision: number;
}
