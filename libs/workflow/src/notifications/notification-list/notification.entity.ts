import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { NotificationKind } from '../domain/notification.events';

/** One notification for one official's account (a recipient holds one of the posts it concerns). */
@Entity({ name: 'notifications' })
export class NotificationEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'text' })
  tenantId: string;

  /** Derived from the event and the recipient: a replayed event makes the same id. */
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'recipient_account', type: 'text' })
  recipientAccount: string;

  @Column({ type: 'text' })
  kind: NotificationKind;

  @Column({ name: 'workflow_id', type: 'text' })
  workflowId: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  message: string;

  /** The step's due time the notification is about, if it has one. */
  @Column({ name: 'due_at', type: 'timestamptz', nullable: true })
  dueAt: Date | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt: Date | null;
}
