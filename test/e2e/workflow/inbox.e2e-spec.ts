import { EVENT_STORE, EventStore } from '@jejak/eventstore';
import { ProjectionRunner } from '@jejak/projections';
import { tenantDirectoryProjection } from '@jejak/tenancy';
import { DEFAULT_DUE_IN_SECONDS, WORKFLOW_INBOX, workflowInboxProjection } from '@jejak/workflow';
import { DataSource } from 'typeorm';
import { expectProblem, fieldPaths } from '../support/problem';
import { Official, WorkflowE2e, dppaBudget, signPk2024, startWorkflowE2e } from './workflow-e2e.support';

// The PK Perubahan of BKPSDM Kota Dumai (DPPA 2024-09-23, budget 7.566.607.400 → 8.426.842.920)
// travelling sekretaris → kepala badan, returned once with a note: each person's inbox at every
// step, and each person's history at the end.
let e2e: WorkflowE2e;
let runner: ProjectionRunner;
let kepala: Official;
let sekretaris: Official;
let perencana: Official;
let workflows: string;
let id: string;

const reason = 'Perubahan Anggaran 2024 (DPPA BKPSDM Kota Dumai 2024)';
const amendment = {
  documentType: 'agreement-amendment',
  agency: 'bkpsdm',
  title: 'PK Perubahan 2024 BKPSDM',
  change: {
    command: 'AmendAgreement',
    data: { agency: 'bkpsdm', fiscalYear: 2024, signedOn: '2024-09-23', reason, budget: dppaBudget },
  },
  note: 'Menyesuaikan DPPA',
};

/** The tenant's posts first (the inbox resolves roles against them), then the inbox. */
async function catchUp(): Promise<void> {
  await e2e.catchUp();
  await runner.catchUp(WORKFLOW_INBOX);
}

const inboxOf = async (official: Official, query = '') => {
  await catchUp();
  return (await e2e.api.http.get(`/api/v1/inbox${query}`).set(official.auth).expect(200)).body;
};
const idsIn = async (official: Official) =>
  (await inboxOf(official)).items.map((i: { workflowId: string }) => i.workflowId);
const historyOf = async (official: Official) =>
  (await e2e.api.http.get('/api/v1/inbox/history').set(official.auth).expect(200)).body.items;

beforeAll(async () => {
  e2e = await startWorkflowE2e();
  runner = new ProjectionRunner(e2e.api.app.get(DataSource), e2e.api.app.get<EventStore>(EVENT_STORE), [
    tenantDirectoryProjection,
    workflowInboxProjection,
  ]);
  kepala = await e2e.official([{ post: 'kepala-bkpsdm' }]);
  sekretaris = await e2e.official([{ post: 'sekretaris-bkpsdm' }]);
  perencana = await e2e.official([{ post: 'perencana-bkpsdm' }]);
  await signPk2024(e2e, perencana, kepala);
  workflows = `${e2e.base}/workflows`;
});
afterAll(() => e2e?.api.close());

describe("the officials' inboxes along a PK amendment", () => {
  it('show the submission to the kepala badan, not to the sekretaris who submitted it', async () => {
    const res = await e2e.api.http.post(workflows).set(sekretaris.auth).send(amendment).expect(201);
    id = res.body.workflow;
    const inbox = await inboxOf(kepala);
    expect(inbox).toEqual({ items: [expect.objectContaining({ workflowId: id })], next: null });
    const [item] = inbox.items;
    expect(item).toMatchObject({
      documentType: 'agreement-amendment',
      agency: 'bkpsdm',
      title: 'PK Perubahan 2024 BKPSDM',
      status: 'pending',
      step: { index: 0 },
      submittedBy: { account: sekretaris.id, post: 'sekretaris-bkpsdm' },
      overdue: false,
    });
    expect(Date.parse(item.dueAt) - Date.parse(item.waitingSince)).toBe(DEFAULT_DUE_IN_SECONDS * 1000);
    expect(await idsIn(sekretaris)).toEqual([]);
    const counts = await e2e.api.http.get('/api/v1/inbox/counts').set(kepala.auth).expect(200);
    expect(counts.body).toEqual({
      total: 1,
      overdue: 0,
      byType: [{ documentType: 'agreement-amendment', total: 1, overdue: 0 }],
    });
  });

  it('give it back to the sekretaris when the kepala badan returns it with a note', async () => {
    await e2e.api.http
      .post(`${workflows}/${id}/return`)
      .set(kepala.auth)
      .send({ to: 'drafter', note: 'Program 5.04.02 belum sesuai DPPA' })
      .expect(200);
    expect((await inboxOf(sekretaris)).items).toEqual([
      expect.objectContaining({ workflowId: id, status: 'returned', step: null, dueAt: null }),
    ]);
    expect(await idsIn(kepala)).toEqual([]);
  });

  it('show it to the kepala badan again once resubmitted', async () => {
    await e2e.api.http
      .post(`${workflows}/${id}/resubmit`)
      .set(sekretaris.auth)
      .send({ note: 'Sudah disesuaikan' })
      .expect(200);
    expect((await inboxOf(kepala)).items).toEqual([expect.objectContaining({ workflowId: id, round: 3 })]);
    expect(await idsIn(sekretaris)).toEqual([]);
  });

  it("leave nobody's inbox holding it once the kepala badan approves", async () => {
    await e2e.api.http
      .post(`${workflows}/${id}/approve`)
      .set(kepala.auth)
      .send({ note: 'Setuju' })
      .expect(200);
    for (const official of [kepala, sekretaris, perencana]) expect(await idsIn(official)).toEqual([]);
    const counts = await e2e.api.http.get('/api/v1/inbox/counts').set(kepala.auth).expect(200);
    expect(counts.body).toEqual({ total: 0, overdue: 0, byType: [] });
  });

  it("list each person's actions in their history, newest first", async () => {
    const actions = (
      entries: { workflowId: string; action: string; note: string | null; status: string }[],
    ) => entries.filter((e) => e.workflowId === id).map((e) => [e.action, e.note, e.status]);
    expect(actions(await historyOf(sekretaris))).toEqual([
      ['resubmitted', 'Sudah disesuaikan', 'approved'],
      ['submitted', 'Menyesuaikan DPPA', 'approved'],
    ]);
    expect(actions(await historyOf(kepala))).toEqual([
      ['approved', 'Setuju', 'approved'],
      ['returned', 'Program 5.04.02 belum sesuai DPPA', 'approved'],
    ]);
    expect(await historyOf(perencana)).toEqual([]);
  });
});

describe('the inbox request', () => {
  it.each([
    ['?limit=0', 'limit'],
    ['?limit=101', 'limit'],
    ['?limit=ten', 'limit'],
    ['?type=renstra', 'type'],
    ['?agency=BKPSDM!', 'agency'],
    ['?overdue=maybe', 'overdue'],
    ['?cursor=not-a-cursor', 'cursor'],
    ['?sort=title', 'sort'],
  ])('is refused with 400 naming the parameter (%s)', async (query, parameter) => {
    const res = await e2e.api.http.get(`/api/v1/inbox${query}`).set(kepala.auth);
    expectProblem(res, 400, 'REQUEST.VALIDATION_FAILED');
    expect([...new Set(fieldPaths(res))]).toEqual([parameter]);
  });

  it('of the history is refused with 400 for a bad cursor', async () => {
    const res = await e2e.api.http.get('/api/v1/inbox/history?cursor=x').set(kepala.auth);
    expectProblem(res, 400, 'REQUEST.VALIDATION_FAILED');
    expect(fieldPaths(res)).toEqual(['cursor']);
  });

  it('needs a bearer token', async () => {
    expectProblem(await e2e.api.http.get('/api/v1/inbox'), 401, 'AUTH.MISSING_TOKEN');
  });

  it('of the platform administrator, who holds no post, is an empty inbox', async () => {
    expect((await e2e.api.http.get('/api/v1/inbox').set(e2e.admin).expect(200)).body).toEqual({
      items: [],
      next: null,
    });
  });
});
