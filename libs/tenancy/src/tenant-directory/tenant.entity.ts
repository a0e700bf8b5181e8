import { Column, Entity, PrimaryColumn } from 'typeorm';
import { TenantKind } from '../domain/tenancy.events';

/** One row per tenant; `revision` is its stream's, the ETag of `GET /tenants/{tenant}`. */
@Entity({ name: 'tenants' })
export class TenantEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'text' })
  tenantId: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  kind: TenantKind;

  @Column({ type: 'text', nullable: true })
  province: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'integer' })
  revision: number;
}
