import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One row per agency of a tenant; `revision` is its stream's. */
@Entity({ name: 'agencies' })
export class AgencyEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'text' })
  tenantId: string;

  @PrimaryColumn({ name: 'agency_id', type: 'text' })
  agencyId: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'short_name', type: 'text', nullable: true })
  shortName: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'integer' })
  revision: number;
}
