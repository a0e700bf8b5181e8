import type { DocumentType } from '../domain/workflow.events';
import type { CallerKeys } from './inbox-keys';
import type { HistoryPosition, InboxPosition } from './inbox-cursor';

/*
 * The inbox's SQL, as the API runs it (and the benchmark measures it). Row-level security adds
 * the tenant; the explicit `tenant_id = $1` is what lets each lookup be one index range scan.
 */

export interface InboxSql {
  readonly text: string;
  readonly values: unknown[];
}

export interface InboxFilter {
  readonly type?: DocumentType;
  readonly agency?: string;
  /** true: only overdue (due before `now`); false: only not overdue (incl. no due date). */
  readonly overdue?: boolean;
}

export interface InboxPageRequest {
  readonly tenantId: string;
  readonly keys: CallerKeys;
  readonly filter: InboxFilter;
  readonly after: InboxPosition | null;
  /** Rows to return; ask one more than the page to learn whether there is a next. */
  readonly limit: number;
  readonly now: Date;
}

const ISO_US = `'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'`;
const utc = (column: string): string => `to_char(${column} AT TIME ZONE 'UTC', ${ISO_US})`;

/** Appends a value and answers its placeholder. */
const bind = (values: unknown[], value: unknown): string => `$${values.push(value)}`;

function filterSql(values: unknown[], filter: InboxFilter, now: string): string {
  const where: string[] = [];
  if (filter.type !== undefined) where.push(`a.document_type = ${bind(values, filter.type)}`);
  if (filter.agency !== undefined) where.push(`a.agency = ${bind(values, filter.agency)}`);
  if (filter.overdue === true) where.push(`a.due_at < ${now}`);
  if (filter.overdue === false) where.push(`(a.due_at IS NULL OR a.due_at >= ${now})`);
  return where.map((condition) => ` AND ${condition}`).join('');
}

/**
 * One page of the caller's inbox, oldest waiting first. Each key is read by its own index range
 * scan in waiting order, at most `limit` rows (LATERAL), so a page costs keys × limit rows however
 * full the inboxes are; DISTINCT ON folds an item the caller reaches by two keys.
 */
export function inboxPageQuery(request: InboxPageRequest): InboxSql {
  const values: unknown[] = [request.tenantId, request.keys.posts, request.keys.account];
  const now = bind(values, request.now);
  const limit = bind(values, request.limit);
  const filters = filterSql(values, request.filter, now);
  const after = request.after
    ? ` AND (a.waiting_since, a.workflow_id) > (${bind(values, request.after.waitingSince)}::timestamptz, ${bind(values, request.after.workflowId)})`
    : '';
  const byPost = `
      SELECT hit.waiting_since, hit.workflow_id
      FROM unnest($2::text[]) AS key(post)
      CROSS JOIN LATERAL (
        SELECT a.waiting_since, a.workflow_id FROM workflow_item_assignees a
        WHERE a.tenant_id = $1 AND a.post = key.post AND (a.account IS NULL OR a.account = $3)${filters}${after}
        ORDER BY a.waiting_since, a.workflow_id LIMIT ${limit}) hit`;
  const byAccount = !request.keys.everyReturned
    ? ''
    : `
      UNION ALL (
        SELECT a.waiting_since, a.workflow_id FROM workflow_item_assignees a
        WHERE a.tenant_id = $1 AND a.account = $3${filters}${after}
        ORDER BY a.waiting_since, a.workflow_id LIMIT ${limit})`;
  const text = `
    SELECT i.workflow_id, i.document_type, i.agency, i.unit, i.title, i.status, i.current_step, i.step_name,
           i.round, i.submitted_by_account, i.submitted_by_name, i.submitted_by_post, i.submitted_at,
           i.waiting_since, i.due_at, COALESCE(i.due_at < ${now}, false) AS overdue, i.revision, page.position
    FROM (
      SELECT DISTINCT ON (mine.waiting_since, mine.workflow_id)
             mine.waiting_since, mine.workflow_id, ${utc('mine.waiting_since')} AS position
      FROM (${byPost}${byAccount}) mine
      ORDER BY mine.waiting_since, mine.workflow_id
      LIMIT ${limit}) page
    JOIN workflow_items i ON i.tenant_id = $1 AND i.workflow_id = page.workflow_id
    ORDER BY page.waiting_since, page.workflow_id`;
  return { text, values };
}

/** The caller's open items per document type, and how many of them are overdue (the badge). */
export function inboxCountsQuery(request: Pick<InboxPageRequest, 'tenantId' | 'keys' | 'now'>): InboxSql {
  const values: unknown[] = [request.tenantId, request.keys.posts, request.keys.account, request.now];
  const byAccount = !request.keys.everyReturned
    ? ''
    : `
      UNION
      SELECT a.workflow_id, a.document_type, a.due_at FROM workflow_item_assignees a
      WHERE a.tenant_id = $1 AND a.account = $3`;
  const text = `
    SELECT mine.document_type, count(*)::int AS total, (count(*) FILTER (WHERE mine.due_at < $4))::int AS overdue
    FROM (
      SELECT a.workflow_id, a.document_type, a.due_at FROM workflow_item_assignees a
      WHERE a.tenant_id = $1 AND a.post = ANY($2::text[]) AND (a.account IS NULL OR a.account = $3)${byAccount}) mine
    GROUP BY mine.document_type
    ORDER BY mine.document_type`;
  return { text, values };
}

export interface HistoryPageRequest {
  readonly tenantId: string;
  readonly account: string;
  readonly after: HistoryPosition | null;
  readonly limit: number;
}

/** The transitions an account made, newest first, with where each submission stands now. */
export function historyPageQuery(request: HistoryPageRequest): InboxSql {
  const values: unknown[] = [request.tenantId, request.account];
  const limit = bind(values, request.limit);
  const after = request.after
    ? ` AND (w.at, w.workflow_id, w.seq) < (${bind(values, request.after.at)}::timestamptz, ${bind(values, request.after.workflowId)}, ${bind(values, request.after.seq)}::int)`
    : '';
  const text = `
    SELECT w.workflow_id, w.seq, w.action, w.step, w.step_name, w.actor_post, w.acting, w.note, w.at,
           w.document_type, w.agency, w.title, i.status, ${utc('w.at')} AS position
    FROM workflow_actions w
    LEFT JOIN workflow_items i ON i.tenant_id = w.tenant_id AND i.workflow_id = w.workflow_id
    WHERE w.tenant_id = $1 AND w.actor_account = $2${after}
    ORDER BY w.at DESC, w.workflow_id DESC, w.seq DESC
    LIMIT ${limit}`;
  return { text, values };
}
