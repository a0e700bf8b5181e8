import { inTenantEntityTransaction, requestContext } from '@jejak/database';
import { ApplyChangeProcessor, WorkflowEffects, applyChangeMessage } from '@jejak/workflow';
import { ModuleRef } from '@nestjs/core';
import type { Job } from 'bullmq';
import { DataSource } from 'typeorm';
import { expectProblem } from '../support/problem';
import { MUTASI, Official, TATA_USAHA, WorkflowE2e, startWorkflowE2e } from './workflow-e2e.support';

// A period's realizations of Bidang Mutasi dan Kepangkatan (fixtures/kota-dumai-bkpsdm-2024.json:
// S1.1 = 279, source KASN; K1.1.1 = 6) submitted by its staff and approved up the unit's chain —
// a Plt. Kepala Bidang (the Kepala Subbagian Tata Usaha, acting), then the sekretaris.
let e2e: WorkflowE2e;
let staf: Official;
let pltKabid: Official;
let sekretaris: Official;
let workflows: string;
let ledger: string;

const realizations = (period: string) => ({
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
      items: [
        { indicator: 'S1.1', value: 279, source: 'KASN' },
        { indicator: 'K1.1.1', value: '6' },
      ],
    },
  },
});
const ledgerNow = async (): Promise<string[]> => {
  await e2e.catchUp();
  const res = await e2e.api.http.get(ledger).set(sekretaris.auth).expect(200);
  return res.body.items
    .map((r: { indicator: string; period: string }) => `${r.indicator} ${r.period}`)
    .sort();
};

beforeAll(async () => {
  e2e = await startWorkflowE2e();
  staf = await e2e.official([{ post: 'staf-mutasi' }]);
  pltKabid = await e2e.official([{ post: 'kasubbag-tu' }, { post: 'kabid-mutasi', acting: true }]);
  sekretaris = await e2e.official([{ post: 'sekretaris-bkpsdm' }]);
  workflows = `${e2e.base}/workflows`;
  ledger = `${e2e.base}/agencies/bkpsdm/realizations?year=2024`;
});
afterAll(() => e2e?.api.close());

describe("a quarter's realizations submitted by staff", () => {
  let id: string;

  it("wait on the head of the submitting unit: the Plt. Kepala Bidang's post", async () => {
    const res = await e2e.api.http.post(workflows).set(staf.auth).send(realizations('Q4')).expect(201);
    id = res.body.workflow;
    expect(res.body).toMatchObject({
      unit: MUTASI,
      submittedBy: { account: staf.id, post: 'staf-mutasi', acting: false },
      currentStep: { index: 0, posts: ['kabid-mutasi'] },
    });
    expect(res.body.chain.map((s: { posts: string[] }) => s.posts)).toEqual([
      ['kabid-mutasi'],
      ['sekretaris-bkpsdm'],
    ]);
    expect(res.body.change.data.items[0]).toEqual({
      indicator: 'S1.1',
      measurement: { kind: 'value', value: '279' },
      source: 'KASN',
    });
  });

  it('refuse the sekretaris before the unit has verified them: not their step (403)', async () => {
    expectProblem(
      await e2e.api.http.post(`${workflows}/${id}/approve`).set(sekretaris.auth).send({}),
      403,
      'WORKFLOW.NOT_YOUR_STEP',
    );
  });

  it('are verified by the Plt. Kepala Bidang, recorded as acting in that post', async () => {
    const res = await e2e.api.http
      .post(`${workflows}/${id}/approve`)
      .set(pltKabid.auth)
      .send({ note: 'Sesuai' })
      .expect(200);
    expect(res.body).toMatchObject({
      status: 'pending',
      currentStep: { index: 1, posts: ['sekretaris-bkpsdm'] },
    });
    const approved = (await e2e.workflowEvents(id))[1];
    expect(approved).toMatchObject({
      type: 'StepApproved',
      data: { step: 0, by: { account: pltKabid.id, post: 'kabid-mutasi', acting: true }, note: 'Sesuai' },
      metadata: { actor: { account: pltKabid.id, post: 'kabid-mutasi', acting: 'kabid-mutasi' } },
    });
    expect(await ledgerNow()).toEqual([]);
  });

  it('are in the ledger once the sekretaris approves, reported by the unit as the sekretaris', async () => {
    const res = await e2e.api.http
      .post(`${workflows}/${id}/approve`)
      .set(sekretaris.auth)
      .send({})
      .expect(200);
    expect(res.body).toMatchObject({ status: 'approved', applied: true });
    expect(await ledgerNow()).toEqual(['K1.1.1 Q4', 'S1.1 Q4']);
    const [reported] = await e2e.streamEvents(`${e2e.tenant}/realization-bkpsdm-2024`);
    expect(reported).toMatchObject({
      type: 'RealizationReported',
      data: { indicator: 'S1.1', period: 'Q4', unit: MUTASI, source: 'KASN' },
      metadata: {
        actor: { account: sekretaris.id, post: 'sekretaris-bkpsdm' },
        causationId: id,
        source: 'system',
      },
    });
  });
});

describe('an approved change whose inline application was lost (a crash after SubmissionApproved)', () => {
  let id: string;
  const realizationEvents = async () =>
    (await e2e.streamEvents(`${e2e.tenant}/realization-bkpsdm-2024`)).length;

  it('is approved all the same, its apply-change job written in the same transaction', async () => {
    id = (await e2e.api.http.post(workflows).set(staf.auth).send(realizations('FY')).expect(201)).body
      .workflow;
    await e2e.api.http.post(`${workflows}/${id}/approve`).set(pltKabid.auth).send({}).expect(200);
    const effects = e2e.api.app.get(WorkflowEffects);
    jest.spyOn(effects, 'apply').mockRejectedValueOnce(new Error('process killed'));
    const res = await e2e.api.http
      .post(`${workflows}/${id}/approve`)
      .set(sekretaris.auth)
      .send({})
      .expect(200);
    expect(res.body).toMatchObject({ status: 'approved', applied: false });
    expect(await ledgerNow()).toEqual(['K1.1.1 Q4', 'S1.1 Q4']);
    const { jobId } = applyChangeMessage(id);
    const rows = await requestContext.run({ tenantId: e2e.tenant, platform: false }, () =>
      inTenantEntityTransaction(e2e.api.app.get(DataSource), (m) =>
        m.query('SELECT queue, job_name, payload FROM outbox WHERE job_id = $1', [jobId]),
      ),
    );
    expect(rows).toEqual([{ queue: 'workflow', job_name: 'apply-change', payload: { workflowId: id } }]);
  });

  it("is applied by the worker's processor, and a second run appends nothing", async () => {
    const processor = new ApplyChangeProcessor(e2e.api.app.get(ModuleRef));
    const job = {
      id: applyChangeMessage(id).jobId,
      name: 'apply-change',
      data: { tenantId: e2e.tenant, payload: { workflowId: id } },
    };
    await processor.process(job as Job);
    expect(await ledgerNow()).toEqual(['K1.1.1 FY', 'K1.1.1 Q4', 'S1.1 FY', 'S1.1 Q4']);
    const after = await realizationEvents();
    await processor.process(job as Job);
    expect(await realizationEvents()).toBe(after);
  });
});

describe('a realization submission', () => {
  it('is refused to staff of another unit (they may not report it themselves)', async () => {
    const other = await e2e.official([{ post: 'kasubbag-tu' }]);
    const body = { ...realizations('Q3'), unit: TATA_USAHA };
    expectProblem(
      await e2e.api.http.post(workflows).set(other.auth).send(body),
      422,
      'WORKFLOW.CHANGE_OUTSIDE_SUBMISSION',
    );
    expectProblem(
      await e2e.api.http.post(workflows).set(other.auth).send(realizations('Q3')),
      403,
      'ACCESS.DENIED',
    );
  });

  it('is refused under another document type', async () => {
    const body = { ...realizations('Q3'), documentType: 'agreement-amendment' };
    expectProblem(
      await e2e.api.http.post(workflows).set(staf.auth).send(body),
      422,
      'WORKFLOW.CHANGE_NOT_FOR_DOCUMENT_TYPE',
    );
  });

  it('is refused for a change no context offers for approval', async () => {
    const body = { ...realizations('Q3'), change: { command: 'DeleteEverything', data: {} } };
    expectProblem(
      await e2e.api.http.post(workflows).set(staf.auth).send(body),
      422,
      'WORKFLOW.UNKNOWN_CHANGE',
    );
  });
});

describe('a submission that goes no further', () => {
  it('is withdrawn by its drafter only', async () => {
    const id = (await e2e.api.http.post(workflows).set(staf.auth).send(realizations('Q1')).expect(201)).body
      .workflow;
    expectProblem(
      await e2e.api.http.post(`${workflows}/${id}/withdraw`).set(sekretaris.auth).send({}),
      403,
      'WORKFLOW.NOT_THE_DRAFTER',
    );
    const res = await e2e.api.http
      .post(`${workflows}/${id}/withdraw`)
      .set(staf.auth)
      .send({ note: 'Salah periode' })
      .expect(200);
    expect(res.body).toMatchObject({ status: 'withdrawn', currentStep: null });
    expectProblem(
      await e2e.api.http.post(`${workflows}/${id}/withdraw`).set(staf.auth).send({}),
      422,
      'WORKFLOW.FINISHED',
    );
  });

  it('is rejected by the current step with a note, and nothing reaches the ledger', async () => {
    const id = (await e2e.api.http.post(workflows).set(staf.auth).send(realizations('Q2')).expect(201)).body
      .workflow;
    expectProblem(
      await e2e.api.http.post(`${workflows}/${id}/reject`).set(pltKabid.auth).send({}),
      422,
      'WORKFLOW.NOTE_REQUIRED',
    );
    const res = await e2e.api.http
      .post(`${workflows}/${id}/reject`)
      .set(pltKabid.auth)
      .send({ note: 'Indikator bukan milik bidang ini' })
      .expect(200);
    expect(res.body).toMatchObject({ status: 'rejected' });
    expect(await ledgerNow()).not.toContain('S1.1 Q2');
  });
});
