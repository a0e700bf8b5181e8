import type { HeldPost } from '@jejak/access';
import { Query } from '@nestjs/cqrs';
import type { DocumentType } from '../domain/workflow.events';
import type { WorkflowActionName } from './workflow-action.entity';
import type { InboxStatus } from './workflow-item.entity';
import type { InboxFilter } from './inbox.sql';

/** Who asks: the token's account and holdings, and the post named in X-Jejak-Post, if any. */
export interface InboxCaller {
  readonly tenant: string | null;
  readonly account: string;
  readonly posts: readonly HeldPost[];
  readonly namedPost?: string;
}

export interface InboxItemView {
  readonly workflowId: string;
  readonly documentType: DocumentType;
  readonly agency: string;
  readonly unit: string | null;
  readonly title: string;
  /** `pending` on a step, or `returned` to its drafter for revision. */
  readonly status: InboxStatus;
  readonly step: { readonly index: number; readonly name: string | null } | null;
  readonly round: number;
  readonly submittedBy: {
    readonly account: string;
    readonly name: string | null;
    readonly post: string | null;
  };
  readonly submittedAt: string;
  readonly waitingSince: string;
  readonly dueAt: string | null;
  readonly overdue: boolean;
  /** The workflow stream's revision: the If-Match of a transition on it. */
  readonly revision: number;
}

export interface InboxPage<T> {
  readonly items: readonly T[];
  /** The cursor of the next page; null on the last. */
  readonly next: string | null;
}

export interface InboxCounts {
  readonly total: number;
  readonly overdue: number;
  readonly byType: readonly {
    readonly documentType: DocumentType;
    readonly total: number;
    readonly overdue: number;
  }[];
}

export interface HistoryEntryView {
  readonly workflowId: string;
  readonly seq: number;
  readonly action: WorkflowActionName;
  readonly step: { readonly index: number; readonly name: string | null } | null;
  /** The post acted in, and whether as Plt./Plh. */
  readonly post: string | null;
  readonly acting: boolean;
  readonly note: string | null;
  readonly at: string;
  readonly documentType: DocumentType;
  readonly agency: string;
  readonly title: string;
  /** Where the submission stands now. */
  readonly status: InboxStatus | null;
}

/** What awaits the caller's posts (and items returned to the caller), oldest waiting first. */
export class ListInboxQuery extends Query<InboxPage<InboxItemView>> {
  constructor(
    readonly caller: InboxCaller,
    readonly filter: InboxFilter,
    readonly limit: number,
    readonly cursor: string | undefined,
  ) {
    super();
  }
}

export class CountInboxQuery extends Query<InboxCounts> {
  constructor(readonly caller: InboxCaller) {
    super();
  }
}

/** What the caller has done (submitted, approved, returned…), newest first. */
export class ListInboxHistoryQuery extends Query<InboxPage<HistoryEntryView>> {
  constructor(
    readonly caller: InboxCaller,
    readonly limit: number,
    readonly cursor: string | undefined,
  ) {
    super();
  }
}
