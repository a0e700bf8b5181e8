import { Query } from '@nestjs/cqrs';
import { EntityManager } from 'typeorm';
import { NotificationKind } from '../domain/notification.events';

export interface NotificationView {
  readonly id: string;
  readonly kind: NotificationKind;
  readonly workflow: string;
  readonly title: string;
  readonly message: string;
  readonly dueAt: string | null;
  readonly createdAt: string;
  readonly readAt: string | null;
}

export interface NotificationPage {
  readonly items: readonly NotificationView[];
  readonly page: number;
  readonly pageSize: number;
  /** How many match the filter, over every page. */
  readonly total: number;
  /** The recipient's unread notifications, whatever the filter (for a badge). */
  readonly unread: number;
}

export interface NotificationFilter {
  readonly unreadOnly: boolean;
  /** 1-based. */
  readonly page: number;
  readonly pageSize: number;
}

/** The caller's own notifications: unread first, newest first. */
export class ListNotificationsQuery extends Query<NotificationPage> {
  constructor(
    readonly account: string,
    readonly filter: NotificationFilter,
  ) {
    super();
  }
}

interface NotificationRow {
  readonly id: string;
  readonly kind: NotificationKind;
  readonly workflow_id: string;
  readonly title: string;
  readonly message: string;
  readonly due_at: Date | null;
  readonly created_at: Date;
  readonly read_at: Date | null;
  readonly total: string;
}

const rowView = (row: NotificationRow): NotificationView => ({
  id: row.id,
  kind: row.kind,
  workflow: row.workflow_id,
  title: row.title,
  message: row.message,
  dueAt: row.due_at?.toISOString() ?? null,
  createdAt: row.created_at.toISOString(),
  readAt: row.read_at?.toISOString() ?? null,
});

/** A page of a recipient's notifications, in the caller's transaction (row-level security binds the tenant). */
export async function findNotifications(
  manager: EntityManager,
  account: string,
  filter: NotificationFilter,
): Promise<NotificationPage> {
  const rows: NotificationRow[] = await manager.query(
    `SELECT id, kind, workflow_id, title, message, due_at, created_at, read_at, count(*) OVER () AS total
       FROM notifications
      WHERE recipient_account = $1 AND ($2::boolean IS FALSE OR read_at IS NULL)
      ORDER BY (read_at IS NULL) DESC, created_at DESC, id
      LIMIT $3 OFFSET $4`,
    [account, filter.unreadOnly, filter.pageSize, (filter.page - 1) * filter.pageSize],
  );
  const [{ unread }] = await manager.query(
    'SELECT count(*)::int AS unread FROM notifications WHERE recipient_account = $1 AND read_at IS NULL',
    [account],
  );
  const total = rows.length > 0 ? Number(rows[0].total) : await countMatching(manager, account, filter);
  return { items: rows.map(rowView), page: filter.page, pageSize: filter.pageSize, total, unread };
}

/** A page past the end has no row to carry the count. */
async function countMatching(
  manager: EntityManager,
  account: string,
  filter: NotificationFilter,
): Promise<number> {
  const [{ total }] = await manager.query(
    `SELECT count(*)::int AS total FROM notifications
      WHERE recipient_account = $1 AND ($2::boolean IS FALSE OR read_at IS NULL)`,
    [account, filter.unreadOnly],
  );
  return total;
}

/** The recipient's unread notification ids (what "read all" marks); [] for none. */
export async function findUnreadIds(manager: EntityManager, account: string): Promise<string[]> {
  const rows: { id: string }[] = await manager.query(
    'SELECT id FROM notifications WHERE recipient_account = $1 AND read_at IS NULL',
    [account],
  );
  return rows.map((row) => row.id);
}

/** One of the recipient's notifications; null when it is not theirs (or does not exist). */
export async function findOwnNotification(
  manager: EntityManager,
  account: string,
  id: string,
): Promise<{ id: string; read: boolean } | null> {
  const rows: { id: string; read: boolean }[] = await manager.query(
    'SELECT id, read_at IS NOT NULL AS read FROM notifications WHERE recipient_account = $1 AND id = $2',
    [account, id],
  );
  return rows[0] ?? null;
}
