import { expectProblem, fieldPaths } from '../support/problem';
import { MUTASI, Official, WorkflowE2e, startWorkflowE2e } from './workflow-e2e.support';

// A tenant's approval chains: the defaults that follow the seeds until its administrator sets
// one; a submission keeps the chain it started with.
let e2e: WorkflowE2e;
let tenantAdmin: Official;
let chains: string;

const kasubbagFirst = {
  steps: [
    {
      name: 'Verifikasi Kepala Subbagian Tata Usaha',
      assignees: [{ posts: ['kasubbag-tu'] }],
      dueInSeconds: 86400,
    },
    {
      name: 'Verifikasi sekretaris',
      assignees: [{ role: 'secretary', scope: 'agency' }],
      dueInSeconds: null,
    },
  ],
};

beforeAll(async () => {
  e2e = await startWorkflowE2e();
  tenantAdmin = await e2e.official([{ post: 'admin-jejak' }]);
  chains = `${e2e.base}/approval-chains`;
});
afterAll(() => e2e?.api.close());

describe("a tenant's approval chains", () => {
  it('are the defaults that follow the seeds while none is defined', async () => {
    const res = await e2e.api.http.get(chains).set(tenantAdmin.auth).expect(200);
    expect(res.body.revision).toBe(-1);
    const byType = Object.fromEntries(
      res.body.items.map(
        (c: { documentType: string; defined: boolean; steps: { assignees: { role: string }[] }[] }) => [
          c.documentType,
          [c.defined, c.steps.map((s) => s.assignees[0].role)],
        ],
      ),
    );
    expect(byType).toEqual({
      realization: [false, ['head-of-unit', 'secretary']],
      agreement: [false, ['head-of-agency']],
      'agreement-amendment': [false, ['head-of-agency']],
      'follow-up': [false, ['secretary', 'inspectorate']],
      lkjip: [false, ['secretary', 'head-of-agency', 'inspectorate']],
    });
  });

  it('are set by the tenant administrator only', async () => {
    const kepala = await e2e.official([{ post: 'kepala-bkpsdm' }]);
    expectProblem(
      await e2e.api.http.put(`${chains}/realization`).set(kepala.auth).send(kasubbagFirst),
      403,
      'ACCESS.DENIED',
    );
  });

  it('refuse a chain without steps, a step without assignees, a due period under a second: 400 by field', async () => {
    const none = await e2e.api.http.put(`${chains}/realization`).set(tenantAdmin.auth).send({ steps: [] });
    expectProblem(none, 400, 'REQUEST.VALIDATION_FAILED');
    expect(fieldPaths(none)).toEqual(['steps']);
    const bad = { steps: [{ name: 'Verifikasi', assignees: [], dueInSeconds: 0 }] };
    const res = await e2e.api.http.put(`${chains}/realization`).set(tenantAdmin.auth).send(bad);
    expect(new Set(fieldPaths(res))).toEqual(new Set(['steps[0].assignees', 'steps[0].dueInSeconds']));
  });

  it('refuse an unknown document type: 400 naming it', async () => {
    const res = await e2e.api.http.put(`${chains}/pk`).set(tenantAdmin.auth).send(kasubbagFirst);
    expectProblem(res, 400, 'REQUEST.VALIDATION_FAILED');
    expect(fieldPaths(res)).toEqual(['documentType']);
  });
});

describe('a chain changed while a submission runs', () => {
  let staf: Official;
  let kabid: Official;
  let sekretaris: Official;
  let running: string;
  const realization = (period: string) => ({
    documentType: 'realization',
    agency: 'bkpsdm',
    title: `Realisasi ${period} 2024 Bidang Mutasi dan Kepangkatan`,
    change: {
      command: 'ReportRealizations',
      data: {
        agency: 'bkpsdm',
        fiscalYear: 2024,
        period,
        unit: MUTASI,
        items: [{ indicator: 'K1.1.1', value: 6 }],
      },
    },
  });

  beforeAll(async () => {
    staf = await e2e.official([{ post: 'staf-mutasi' }]);
    kabid = await e2e.official([{ post: 'kabid-mutasi' }]);
    sekretaris = await e2e.official([{ post: 'sekretaris-bkpsdm' }]);
  });

  it('was submitted under the default chain', async () => {
    const res = await e2e.api.http
      .post(`${e2e.base}/workflows`)
      .set(staf.auth)
      .send(realization('Q1'))
      .expect(201);
    running = res.body.workflow;
    expect(res.body.currentStep.posts).toEqual(['kabid-mutasi']);
  });

  it('is changed by the tenant administrator (If-Match honoured), once', async () => {
    const stale = await e2e.api.http
      .put(`${chains}/realization`)
      .set(tenantAdmin.auth)
      .set('If-Match', '"3"')
      .send(kasubbagFirst);
    expectProblem(stale, 409, 'EVENTSTORE.WRONG_EXPECTED_REVISION');
    const res = await e2e.api.http
      .put(`${chains}/realization`)
      .set(tenantAdmin.auth)
      .send(kasubbagFirst)
      .expect(200);
    expect(res.body).toMatchObject({ documentType: 'realization', revision: 0, recorded: true });
    expect(res.headers.etag).toBe('"0"');
    const again = await e2e.api.http
      .put(`${chains}/realization`)
      .set(tenantAdmin.auth)
      .send(kasubbagFirst)
      .expect(200);
    expect(again.body).toMatchObject({ revision: 0, recorded: false });
    const list = await e2e.api.http.get(chains).set(staf.auth).expect(200);
    expect(list.body.items[0]).toMatchObject({
      documentType: 'realization',
      defined: true,
      steps: kasubbagFirst.steps,
    });
  });

  it('does not touch the running submission: it still waits on the Kepala Bidang, then the sekretaris', async () => {
    const kasubbag = await e2e.official([{ post: 'kasubbag-tu' }]);
    expectProblem(
      await e2e.api.http.post(`${e2e.base}/workflows/${running}/approve`).set(kasubbag.auth).send({}),
      403,
      'WORKFLOW.NOT_YOUR_STEP',
    );
    const first = await e2e.api.http
      .post(`${e2e.base}/workflows/${running}/approve`)
      .set(kabid.auth)
      .send({})
      .expect(200);
    expect(first.body.currentStep).toMatchObject({
      index: 1,
      name: 'Verifikasi sekretaris',
      posts: ['sekretaris-bkpsdm'],
    });
    expect(first.body.chain[0].assignees).toEqual([{ role: 'head-of-unit', scope: 'unit' }]);
    const last = await e2e.api.http
      .post(`${e2e.base}/workflows/${running}/approve`)
      .set(sekretaris.auth)
      .send({})
      .expect(200);
    expect(last.body.status).toBe('approved');
  });

  it('applies to submissions opened after it', async () => {
    const res = await e2e.api.http
      .post(`${e2e.base}/workflows`)
      .set(staf.auth)
      .send(realization('Q2'))
      .expect(201);
    expect(res.body.currentStep).toMatchObject({
      name: 'Verifikasi Kepala Subbagian Tata Usaha',
      posts: ['kasubbag-tu'],
    });
  });
});
