/*
 * What the inbox's int-specs share: a scratch database with the event store, tenancy's directory
 * and the inbox; events appended straight to the log (as W1's handlers would) and both projections
 * caught up in-process; the inbox's queries run as the app role in the caller's tenant.
 */
import { RequestContext, inTenantEntityTransaction, requestContext } from '@jejak/database';
import {
  PostCreated,
  TenantDirectory1760000000310,
  TenantOrganisation1760000000320,
  postStream,
  tenantDirectoryProjection,
} from '@jejak/tenancy';
import { ProjectionHarness, projectionHarness } from '@jejak/testing';
import { randomUUID } from 'node:crypto';
import { DEFAULT_CHAINS } from '../../domain/approval-chain.defaults';
import {
  ChainStep,
  DocumentType,
  WorkflowActor,
  WorkflowEvent,
  workflowStream,
} from '../../domain/workflow.events';
import { CountInboxHandler, ListInboxHandler, ListInboxHistoryHandler } from '../inbox.handler';
import { CountInboxQuery, InboxCaller, ListInboxHistoryQuery, ListInboxQuery } from '../inbox.query';
import { InboxFilter } from '../inbox.sql';
import { WorkflowInbox1760000000900 } from '../workflow-inbox.migration';
import { WORKFLOW_INBOX, workflowInboxProjection } from '../workflow-inbox.projection';

// BKPSDM Kota Dumai (fixtures/kota-dumai-bkpsdm-2024.json) and BKPSDM Kota Bontang: two tenants.
export const DUMAI = 'kota-dumai';
export const BONTANG = 'kota-bontang';
export const MUTASI = 'bidang-mutasi-kepangkatan';
export const inTenant = (tenantId: string): RequestContext => ({ tenantId, platform: false, source: 'api' });
export const april = (day: number): Date => new Date(Date.UTC(2024, 3, day, 1));

export const actor = (account: string, post: string | null, acting = false): WorkflowActor => ({
  account,
  name: account,
  post,
  acting,
});
export const staf = actor('acc-staf', 'staf-mutasi');
export const pltKabid = actor('acc-plt-kabid', 'kabid-mutasi', true);
export const sekretaris = actor('acc-sekretaris', 'sekretaris-bkpsdm');

const holding = (post: string, role: string, agency: string, unit?: string, dates: object = {}) => ({
  post,
  role: role as never,
  agency,
  ...(unit ? { unit } : {}),
  ...dates,
});
const acting = { acting: true, from: '2024-01-01', to: '2099-12-31' };
export const callers = {
  staf: { tenant: DUMAI, account: 'acc-staf', posts: [holding('staf-mutasi', 'staff', 'bkpsdm', MUTASI)] },
  otherStaf: {
    tenant: DUMAI,
    account: 'acc-staf-2',
    posts: [holding('staf-mutasi', 'staff', 'bkpsdm', MUTASI)],
  },
  pltKabid: {
    tenant: DUMAI,
    account: 'acc-plt-kabid',
    posts: [holding('kabid-mutasi', 'head-of-unit', 'bkpsdm', MUTASI, acting)],
  },
  sekretaris: {
    tenant: DUMAI,
    account: 'acc-sekretaris',
    posts: [holding('sekretaris-bkpsdm', 'secretary', 'bkpsdm', 'sekretariat')],
  },
  sekretarisBappeda: {
    tenant: DUMAI,
    account: 'acc-sek-bappeda',
    posts: [holding('sekretaris-bappeda', 'secretary', 'bappeda')],
  },
  bontangSekretaris: {
    tenant: BONTANG,
    account: 'acc-sekretaris',
    posts: [holding('sekretaris-bkpsdm', 'secretary', 'bkpsdm', 'sekretariat')],
  },
} satisfies Record<string, InboxCaller>;

export interface Submission {
  readonly type?: DocumentType;
  readonly agency?: string;
  readonly unit?: string | null;
  readonly at: Date;
  readonly by?: WorkflowActor;
  /** The chain copied in; the document type's default chain when absent. */
  readonly chain?: readonly ChainStep[];
}

export class InboxDb {
  private db: ProjectionHarness;

  /** Migrates a scratch database and creates the four BKPSDM posts in both tenants. */
  async start(): Promise<void> {
    this.db = await projectionHarness({
      migrations: [TenantDirectory1760000000310, TenantOrganisation1760000000320, WorkflowInbox1760000000900],
      projections: [tenantDirectoryProjection, workflowInboxProjection],
      batchSize: 3,
    });
    for (const tenant of [DUMAI, BONTANG]) {
      await this.createPost(tenant, 'kepala-bkpsdm', 'bkpsdm', null, 'head-of-agency');
      await this.createPost(tenant, 'sekretaris-bkpsdm', 'bkpsdm', 'sekretariat', 'secretary');
      await this.createPost(tenant, 'kabid-mutasi', 'bkpsdm', MUTASI, 'head-of-unit');
      await this.createPost(tenant, 'staf-mutasi', 'bkpsdm', MUTASI, 'staff');
    }
    await this.catchUp();
  }

  async stop(): Promise<void> {
    await this.db?.close();
  }

  async append(tenant: string, stream: string, events: readonly (WorkflowEvent | PostCreated)[], at: Date) {
    const stored = await requestContext.run(inTenant(tenant), () => this.db.store.readStream(stream));
    const metadata = {
      tenantId: tenant,
      schemaVersion: 1,
      source: 'api' as const,
      occurredAt: at.toISOString(),
    };
    const news = events.map((event) => ({ id: randomUUID(), type: event.type, data: event.data, metadata }));
    const expectedRevision = stored.length === 0 ? 'no_stream' : stored.length - 1;
    await requestContext.run(inTenant(tenant), () =>
      this.db.store.appendToStream(stream, news, { expectedRevision }),
    );
  }

  createPost(tenant: string, postId: string, agencyId: string, unitId: string | null, role: string) {
    const data = {
      tenantId: tenant,
      postId,
      title: postId,
      agencyId,
      unitId,
      role: role as never,
      superiorPostId: null,
    };
    return this.append(tenant, postStream(tenant, postId), [{ type: 'PostCreated', data }], april(1));
  }

  /** Opens a submission on its document type's default chain (DEFAULT_CHAINS). */
  submit(
    tenant: string,
    id: string,
    { type = 'realization', agency = 'bkpsdm', unit, at, by = staf, chain }: Submission,
  ) {
    const data = {
      workflowId: id,
      documentType: type,
      agency,
      unit: unit === undefined ? MUTASI : unit,
      title: `${type} ${id}`,
      change: { command: 'ReportRealization', data: {} },
      chain: chain ?? DEFAULT_CHAINS[type],
      submittedBy: by,
      note: null,
    };
    return this.append(tenant, workflowStream(tenant, id), [{ type: 'SubmissionOpened', data }], at);
  }

  transition(tenant: string, id: string, events: WorkflowEvent[], at: Date) {
    return this.append(tenant, workflowStream(tenant, id), events, at);
  }

  /** The directory first: the inbox resolves roles against the posts it has projected. */
  async catchUp(): Promise<void> {
    await this.db.runner.catchUp('tenant-directory');
    await this.db.runner.catchUp(WORKFLOW_INBOX);
  }

  rebuild(): Promise<void> {
    return this.db.runner.rebuild(WORKFLOW_INBOX);
  }

  inbox(caller: InboxCaller, filter: InboxFilter = {}, limit = 20, cursor?: string) {
    const query = new ListInboxQuery(caller, filter, limit, cursor);
    return requestContext.run(inTenant(caller.tenant!), () =>
      new ListInboxHandler(this.db.dataSource).execute(query),
    );
  }

  async ids(caller: InboxCaller, filter: InboxFilter = {}): Promise<string[]> {
    return (await this.inbox(caller, filter)).items.map((item) => item.workflowId);
  }

  counts(caller: InboxCaller) {
    const query = new CountInboxQuery(caller);
    return requestContext.run(inTenant(caller.tenant!), () =>
      new CountInboxHandler(this.db.dataSource).execute(query),
    );
  }

  history(caller: InboxCaller, limit = 20, cursor?: string) {
    const query = new ListInboxHistoryQuery(caller, limit, cursor);
    return requestContext.run(inTenant(caller.tenant!), () =>
      new ListInboxHistoryHandler(this.db.dataSource).execute(query),
    );
  }

  /** The app role's answer to `sql`, in `tenant`'s context (row-level security applies). */
  asTenant(tenant: string, sql: string, params: unknown[] = []): Promise<unknown[]> {
    return requestContext.run(inTenant(tenant), () =>
      inTenantEntityTransaction(this.db.dataSource, (manager) => manager.query(sql, params)),
    );
  }

  /** Every row, as the owner sees them. */
  async tables() {
    const all = async (sql: string) => (await this.db.owner.query(sql)).rows;
    return {
      items: await all('SELECT * FROM workflow_items ORDER BY tenant_id, workflow_id'),
      assignees: await all('SELECT * FROM workflow_item_assignees ORDER BY tenant_id, workflow_id, post'),
      actions: await all('SELECT * FROM workflow_actions ORDER BY tenant_id, workflow_id, seq'),
    };
  }

  async assigneesOf(workflowId: string): Promise<string[]> {
    return (await this.tables()).assignees.filter((a) => a.workflow_id === workflowId).map((a) => a.post);
  }
}
