import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { PostHolding } from '../domain/account.events';

/** A row of `accounts` (see the Accounts1760000000200 migration). */
@Entity({ name: 'accounts' })
export class AccountEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'tenant_id', type: 'text', nullable: true })
  tenantId: string | null;

  @Column({ type: 'text' })
  email: string;

  @Column({ name: 'display_name', type: 'text' })
  displayName: string;

  /** Never selected unless asked for: only sign-in needs it. */
  @Column({ name: 'password_hash', type: 'text', select: false })
  passwordHash: string;

  @Column({ name: 'platform_admin', type: 'boolean', default: false })
  platformAdmin: boolean;

  @Column({ type: 'jsonb', default: () => "'[]'::jsonb" })
  posts: PostHolding[];

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ type: 'boolean', default: false })
  disabled: boolean;
}
