import { inTenantEntityTransaction } from '@jejak/database';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import type { DocumentType } from '../domain/workflow.events';
import { historyCursor, historyPositionOf, inboxCursor, inboxPositionOf } from './inbox-cursor';
import { CallerKeys, callerKeys } from './inbox-keys';
import {
  CountInboxQuery,
  HistoryEntryView,
  InboxCaller,
  InboxCounts,
  InboxItemView,
  ListInboxHistoryQuery,
  ListInboxQuery,
  InboxPage,
} from './inbox.query';
import { historyPageQuery, inboxCountsQuery, inboxPageQuery } from './inbox.sql';
import { HistoryRow, InboxRow, historyEntryView, inboxItemView } from './inbox.views';

// Row-level security binds every read to the token's tenant (the guard sets it; no :tenant here).

/** The caller's keys today (UTC day, as access compares holdings); none without a tenant. */
function keysOf(caller: InboxCaller, now: Date): CallerKeys | null {
  if (caller.tenant === null) return null;
  return callerKeys(caller, caller.namedPost, now.toISOString().slice(0, 10));
}

/** Splits the `limit + 1` rows fetched into a page and the cursor of the next. */
function paged<R, V>(
  rows: R[],
  limit: number,
  view: (row: R) => V,
  cursor: (row: R) => string,
): InboxPage<V> {
  const items = rows.slice(0, limit);
  return { items: items.map(view), next: rows.length > limit ? cursor(items[items.length - 1]) : null };
}

@QueryHandler(ListInboxQuery)
export class ListInboxHandler implements IQueryHandler<ListInboxQuery> {
  constructor(private readonly dataSource: DataSource) {}

  async execute({ caller, filter, limit, cursor }: ListInboxQuery): Promise<InboxPage<InboxItemView>> {
    const after = cursor === undefined ? null : inboxPositionOf(cursor);
    const now = new Date();
    const keys = keysOf(caller, now);
    if (keys === null || caller.tenant === null) return { items: [], next: null };
    const query = inboxPageQuery({ tenantId: caller.tenant, keys, filter, after, limit: limit + 1, now });
    const rows: InboxRow[] = await inTenantEntityTransaction(this.dataSource, (m) =>
      m.query(query.text, query.values),
    );
    return paged(rows, limit, inboxItemView, (row) =>
      inboxCursor({ waitingSince: row.position, workflowId: row.workflow_id }),
    );
  }
}

@QueryHandler(CountInboxQuery)
export class CountInboxHandler implements IQueryHandler<CountInboxQuery> {
  constructor(private readonly dataSource: DataSource) {}

  async execute({ caller }: CountInboxQuery): Promise<InboxCounts> {
    const now = new Date();
    const keys = keysOf(caller, now);
    if (keys === null || caller.tenant === null) return { total: 0, overdue: 0, byType: [] };
    const query = inboxCountsQuery({ tenantId: caller.tenant, keys, now });
    const rows: { document_type: DocumentType; total: number; overdue: number }[] =
      await inTenantEntityTransaction(this.dataSource, (m) => m.query(query.text, query.values));
    const byType = rows.map((r) => ({ documentType: r.document_type, total: r.total, overdue: r.overdue }));
    const sum = (field: 'total' | 'overdue') => byType.reduce((n, row) => n + row[field], 0);
    return { total: sum('total'), overdue: sum('overdue'), byType };
  }
}

@QueryHandler(ListInboxHistoryQuery)
export class ListInboxHistoryHandler implements IQueryHandler<ListInboxHistoryQuery> {
  constructor(private readonly dataSource: DataSource) {}

  async execute({ caller, limit, cursor }: ListInboxHistoryQuery): Promise<InboxPage<HistoryEntryView>> {
    const after = cursor === undefined ? null : historyPositionOf(cursor);
    if (caller.tenant === null) return { items: [], next: null };
    const query = historyPageQuery({
      tenantId: caller.tenant,
      account: caller.account,
      after,
      limit: limit + 1,
    });
    const rows: HistoryRow[] = await inTenantEntityTransaction(this.dataSource, (m) =>
      m.query(query.text, query.values),
    );
    return paged(rows, limit, historyEntryView, (row) =>
      historyCursor({ at: row.position, workflowId: row.workflow_id, seq: row.seq }),
    );
  }
}
