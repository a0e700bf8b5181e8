import type { PostRole } from '@jejak/access';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One row per post (jabatan) of a tenant; `revision` is its stream's. */
@Entity({ name: 'posts' })
export class PostEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'text' })
  tenantId: string;

  @PrimaryColumn({ name: 'post_id', type: 'text' })
  postId: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ name: 'agency_id', type: 'text' })
  agencyId: string;

  @Column({ name: 'unit_id', type: 'text', nullable: true })
  unitId: string | null;

  @Column({ type: 'text' })
  role: PostRole;

  @Column({ name: 'superior_post_id', type: 'text', nullable: true })
  superiorPostId: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'integer' })
  revision: number;
}
