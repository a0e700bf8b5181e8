import type { Conventions } from '@jejak/measurement';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One row per version of a tenant's conventions; `revision` is the conventions stream's position. */
@Entity({ name: 'conventions_versions' })
export class ConventionsVersionEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'text' })
  tenantId: string;

  @PrimaryColumn({ type: 'integer' })
  version: number;

  @Column({ name: 'from_fiscal_year', type: 'integer' })
  fromFiscalYear: number;

  @Column({ type: 'jsonb' })
  conventions: Conventions;

  @Column({ name: 'changed_at', type: 'timestamptz' })
  changedAt: Date;

  @Column({ type: 'integer' })
  revision: number;
}
