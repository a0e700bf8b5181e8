import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One row per unit of an agency; `revision` is the agency stream's position of its creation. */
@Entity({ name: 'units' })
export class UnitEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'text' })
  tenantId: string;

  @PrimaryColumn({ name: 'agency_id', type: 'text' })
  agencyId: string;

  @PrimaryColumn({ name: 'unit_id', type: 'text' })
  unitId: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'parent_unit_id', type: 'text', nullable: true })
  parentUnitId: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'integer' })
  revision: number;
}
