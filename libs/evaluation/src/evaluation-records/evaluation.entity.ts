import { Column, Entity, PrimaryColumn } from 'typeorm';
import { ComponentScore, Discrepancy } from '../domain/evaluation.events';
import { Grade } from '../domain/rubric';

/** One row per LHE: an agency's evaluation of a fiscal year, as recorded. */
@Entity({ name: 'evaluations' })
export class EvaluationEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'text' })
  tenantId: string;

  @PrimaryColumn({ type: 'text' })
  agency: string;

  @PrimaryColumn({ name: 'fiscal_year_evaluated', type: 'integer' })
  fiscalYearEvaluated: number;

  @Column({ name: 'letter_number', type: 'text', nullable: true })
  letterNumber: string | null;

  /** `YYYY-MM-DD` (TypeORM reads a date column as text). */
  @Column({ name: 'issued_on', type: 'date', nullable: true })
  issuedOn: string | null;

  @Column({ type: 'text', nullable: true })
  evaluator: string | null;

  @Column({ type: 'text' })
  rubric: string;

  @Column({ type: 'jsonb' })
  components: ComponentScore[];

  /** Decimal as text, as the rubric rounds it. */
  @Column({ type: 'text', nullable: true })
  total: string | null;

  @Column({ type: 'text', nullable: true })
  grade: Grade | null;

  @Column({ name: 'stated_score', type: 'text', nullable: true })
  statedScore: string | null;

  @Column({ name: 'stated_grade', type: 'text', nullable: true })
  statedGrade: Grade | null;

  @Column({ type: 'jsonb' })
  discrepancies: Discrepancy[];

  @Column({ type: 'integer' })
  recommendations: number;

  @Column({ name: 'occurred_at', type: 'timestamptz', nullable: true })
  occurredAt: Date | null;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;

  /** The LHE stream's position of EvaluationRecorded. */
  @Column({ type: 'integer' })
  revision: number;
}
