import { EVENT_STORE, EventStore } from '@jejak/eventstore';
import { workflowStream } from '@jejak/workflow';
import type { Response } from 'supertest';
import { expectProblem } from '../support/problem';
import {
  MUTASI,
  Official,
  WorkflowE2e,
  dppaBudget,
  signPk2024,
  startWorkflowE2e,
} from './workflow-e2e.support';

// DOMAIN.md: "in one seed the Plt. Kepala was also the Sekretaris, and the PK had to be signed by
// a third official". The PK 2024 of BKPSDM Kota Dumai and its DPPA (2024-09-23).
let e2e: WorkflowE2e;
let kepala: Official;
let perencana: Official;
/** The seed case: the Sekretaris, also Plt. Kepala Badan. */
let sekretarisPltKepala: Official;
let workflows: string;

const amendment = (reason: string, data: Record<string, unknown>) => ({
  documentType: 'agreement-amendment',
  agency: 'bkpsdm',
  title: 'PK Perubahan 2024 BKPSDM',
  change: {
    command: 'AmendAgreement',
    data: { agency: 'bkpsdm', fiscalYear: 2024, signedOn: '2024-09-23', reason, ...data },
  },
});
const dppa = amendment('Perubahan Anggaran 2024 (DPPA BKPSDM Kota Dumai 2024)', { budget: dppaBudget });
/** T1.1 Indeks Profesionalitas ASN (Renstra target 70 for 2024) joins the targets. */
const iku = amendment('Perubahan Renstra: IKU Indeks Profesionalitas ASN diperjanjikan', {
  signedOn: '2024-10-15',
  targets: [
    { indicator: 'S1.1', target: 254, fundedBy: ['5.03.02', '5.04.02'] },
    { indicator: 'T1.1', target: '70', fundedBy: ['5.03.02'] },
  ],
});

beforeAll(async () => {
  e2e = await startWorkflowE2e();
  kepala = await e2e.official([{ post: 'kepala-bkpsdm' }]);
  perencana = await e2e.official([{ post: 'perencana-bkpsdm' }]);
  sekretarisPltKepala = await e2e.official([
    { post: 'sekretaris-bkpsdm' },
    { post: 'kepala-bkpsdm', acting: true },
  ]);
  await signPk2024(e2e, perencana, kepala);
  workflows = `${e2e.base}/workflows`;
});
afterAll(() => e2e?.api.close());

describe('separation of duties', () => {
  it('refuses the sekretaris approving, as Plt. Kepala, the amendment they submitted: 422 WORKFLOW.SELF_APPROVAL', async () => {
    const submitted = await e2e.api.http.post(workflows).set(sekretarisPltKepala.auth).send(dppa).expect(201);
    const id = submitted.body.workflow;
    const res = await e2e.api.http.post(`${workflows}/${id}/approve`).set(sekretarisPltKepala.auth).send({});
    expectProblem(res, 422, 'WORKFLOW.SELF_APPROVAL');
    const third = await e2e.api.http.post(`${workflows}/${id}/approve`).set(kepala.auth).send({}).expect(200);
    expect(third.body).toMatchObject({ status: 'approved', applied: true });
  });

  it('refuses one person approving two steps of one submission: 422 WORKFLOW.SECOND_STEP_BY_SAME_PERSON', async () => {
    const chain = {
      steps: [
        { name: 'Verifikasi sekretaris', assignees: [{ role: 'secretary' }], dueInSeconds: 86400 },
        { name: 'Persetujuan kepala badan', assignees: [{ role: 'head-of-agency' }], dueInSeconds: 86400 },
      ],
    };
    await e2e.api.http
      .put(`${e2e.base}/approval-chains/agreement-amendment`)
      .set(e2e.admin)
      .send(chain)
      .expect(200);
    const id = (await e2e.api.http.post(workflows).set(perencana.auth).send(iku).expect(201)).body.workflow;
    await e2e.api.http.post(`${workflows}/${id}/approve`).set(sekretarisPltKepala.auth).send({}).expect(200);
    const res = await e2e.api.http.post(`${workflows}/${id}/approve`).set(sekretarisPltKepala.auth).send({});
    expectProblem(res, 422, 'WORKFLOW.SECOND_STEP_BY_SAME_PERSON');
    await e2e.api.http.post(`${workflows}/${id}/approve`).set(kepala.auth).send({}).expect(200);
  });
});

describe('two approvals of one step at the same moment', () => {
  let kabid: Official;
  let plhKabid: Official;
  let staf: Official;
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
        items: [{ indicator: 'S1.1', value: 279, source: 'KASN' }],
      },
    },
  });
  const statuses = (responses: Response[]) => responses.map((r) => r.status).sort();
  const conflictOf = (responses: Response[]) => responses.find((r) => r.status === 409)!;

  beforeAll(async () => {
    kabid = await e2e.official([{ post: 'kabid-mutasi' }]);
    plhKabid = await e2e.official([{ post: 'kabid-mutasi', acting: true }]);
    staf = await e2e.official([{ post: 'staf-mutasi' }]);
  });

  it('sent with the revision both read: one succeeds, the other gets 409 with the current state', async () => {
    const id = (await e2e.api.http.post(workflows).set(staf.auth).send(realization('Q1')).expect(201)).body
      .workflow;
    const approve = (who: Official) =>
      e2e.api.http.post(`${workflows}/${id}/approve`).set(who.auth).set('If-Match', '"0"').send({});
    const responses = await Promise.all([approve(kabid), approve(plhKabid)]);
    expect(statuses(responses)).toEqual([200, 409]);
    const conflict = conflictOf(responses);
    expectProblem(conflict, 409, 'EVENTSTORE.WRONG_EXPECTED_REVISION');
    expect(conflict.body.current).toEqual({ status: 'pending', step: 1, round: 2, revision: 1 });
  });

  it('sent without If-Match, both read before either appends: one succeeds, the other gets 409', async () => {
    const id = (await e2e.api.http.post(workflows).set(staf.auth).send(realization('Q2')).expect(201)).body
      .workflow;
    const release = holdReadsUntil(
      e2e.api.app.get<EventStore>(EVENT_STORE),
      workflowStream(e2e.tenant, id),
      2,
    );
    try {
      const approve = (who: Official) =>
        e2e.api.http.post(`${workflows}/${id}/approve`).set(who.auth).send({});
      const responses = await Promise.all([approve(kabid), approve(plhKabid)]);
      expect(statuses(responses)).toEqual([200, 409]);
      expect(conflictOf(responses).body.current).toEqual({
        status: 'pending',
        step: 1,
        round: 2,
        revision: 1,
      });
    } finally {
      release();
    }
    expect((await e2e.workflowEvents(id)).map((e) => e.type)).toEqual(['SubmissionOpened', 'StepApproved']);
  });
});

/**
 * Holds the first `count` reads of `stream` until all of them were made, so the requests reading
 * it decide on the same revision, as two officials clicking at once do.
 */
function holdReadsUntil(store: EventStore, stream: string, count: number): () => void {
  const read = store.readStream.bind(store);
  const waiting: (() => void)[] = [];
  const spy = jest.spyOn(store, 'readStream').mockImplementation(async (name, options) => {
    const events = await read(name, options);
    if (name !== stream || waiting.length >= count) return events;
    await new Promise<void>((resolve) => {
      waiting.push(resolve);
      if (waiting.length === count) waiting.forEach((go) => go());
    });
    return events;
  });
  return () => spy.mockRestore();
}
