import { expectProblem, fieldPaths } from '../support/problem';
import { Official, WorkflowE2e, dppaBudget, signPk2024, startWorkflowE2e } from './workflow-e2e.support';

// A PK Perubahan (DPPA BKPSDM Kota Dumai 2024, 2024-09-23: budget 7.566.607.400 → 8.426.842.920)
// proposed by the sekretaris, returned once by the kepala badan, resubmitted and approved: a draft
// along the chain, in the agreement only after the last approval.
let e2e: WorkflowE2e;
let kepala: Official;
let sekretaris: Official;
let perencana: Official;
let agreement: string;
let workflows: string;
let id: string;

const reason = 'Perubahan Anggaran 2024 (DPPA BKPSDM Kota Dumai 2024)';
const legalBasis = 'DPPA BKPSDM Kota Dumai Tahun Anggaran 2024';
const amendment = (budget: unknown[], basis: string | null = null) => ({
  documentType: 'agreement-amendment',
  agency: 'bkpsdm',
  title: 'PK Perubahan 2024 BKPSDM',
  change: {
    command: 'AmendAgreement',
    data: { agency: 'bkpsdm', fiscalYear: 2024, signedOn: '2024-09-23', reason, legalBasis: basis, budget },
  },
  note: 'Menyesuaikan DPPA',
});
const versionsNow = async () => {
  await e2e.catchUp();
  const res = await e2e.api.http.get(agreement).set(kepala.auth).expect(200);
  return res.body.versions.map((v: { version: number; budgetTotal: string }) => [v.version, v.budgetTotal]);
};

beforeAll(async () => {
  e2e = await startWorkflowE2e();
  kepala = await e2e.official([{ post: 'kepala-bkpsdm' }]);
  sekretaris = await e2e.official([{ post: 'sekretaris-bkpsdm' }]);
  perencana = await e2e.official([{ post: 'perencana-bkpsdm' }]);
  await signPk2024(e2e, perencana, kepala);
  agreement = `${e2e.base}/agencies/bkpsdm/agreements/2024`;
  workflows = `${e2e.base}/workflows`;
});
afterAll(() => e2e?.api.close());

describe('a PK amendment proposed by the sekretaris', () => {
  it('is refused up front when the agreements context would refuse it (the budget as it is)', async () => {
    const asSigned = await e2e.api.http.post(workflows).set(sekretaris.auth).send(amendment(pk2024Budget()));
    expectProblem(asSigned, 422, 'AGREEMENT.AMENDMENT_CHANGES_NOTHING');
    const unfunded = await e2e.api.http
      .post(workflows)
      .set(sekretaris.auth)
      .send(amendment(dppaBudget.slice(0, 2)));
    expectProblem(unfunded, 422, 'AGREEMENT.FUNDING_NOT_BUDGETED');
  });

  it('is refused with 400 naming the change data field that is malformed', async () => {
    const res = await e2e.api.http
      .post(workflows)
      .set(sekretaris.auth)
      .send(amendment([{ program: '5.03.01', amount: 12.5 }]));
    expectProblem(res, 400, 'REQUEST.VALIDATION_FAILED');
    expect(fieldPaths(res)).toEqual(['change.data.budget[0].amount']);
  });

  it('is submitted: 201, waiting on the kepala badan, the chain copied in', async () => {
    const res = await e2e.api.http
      .post(workflows)
      .set(sekretaris.auth)
      .send(amendment(dppaBudget))
      .expect(201);
    id = res.body.workflow;
    expect(res.headers.location).toBe(`${workflows}/${id}`);
    expect(res.headers.etag).toBe('"0"');
    expect(res.body).toMatchObject({
      status: 'pending',
      documentType: 'agreement-amendment',
      submittedBy: { account: sekretaris.id, post: 'sekretaris-bkpsdm', acting: false },
      currentStep: { index: 0, posts: ['kepala-bkpsdm'] },
      round: 1,
    });
    expect(res.body.chain).toHaveLength(1);
  });

  it('is a draft: visible in the submission, not in the agreement', async () => {
    const res = await e2e.api.http.get(`${workflows}/${id}`).set(kepala.auth).expect(200);
    expect(res.body.change.data).toMatchObject({
      legalBasis: null,
      budget: [
        { program: '5.03.01', amount: '6357723118' },
        { program: '5.03.02', amount: '1890201398' },
        { program: '5.04.02', amount: '178918404' },
      ],
    });
    expect(await versionsNow()).toEqual([[0, '7566607400']]);
  });

  it('is hidden from officials outside its chain', async () => {
    const staf = await e2e.official([{ post: 'staf-mutasi' }]);
    expectProblem(await e2e.api.http.get(`${workflows}/${id}`).set(staf.auth), 403, 'WORKFLOW.NOT_VISIBLE');
  });

  it('cannot be returned without a note', async () => {
    const res = await e2e.api.http.post(`${workflows}/${id}/return`).set(kepala.auth).send({ to: 'drafter' });
    expectProblem(res, 422, 'WORKFLOW.NOTE_REQUIRED');
  });

  it('is returned by the kepala badan with a note', async () => {
    const res = await e2e.api.http
      .post(`${workflows}/${id}/return`)
      .set(kepala.auth)
      .set('If-Match', '"0"')
      .send({ to: 'drafter', note: 'Cantumkan dasar hukum (DPPA)' })
      .expect(200);
    expect(res.headers.etag).toBe('"1"');
    expect(res.body).toMatchObject({ status: 'returned', currentStep: null, round: 2 });
    expect(res.body.history[1]).toMatchObject({
      type: 'SubmissionReturned',
      to: 'drafter',
      toStep: null,
      note: 'Cantumkan dasar hukum (DPPA)',
      by: { account: kepala.id, post: 'kepala-bkpsdm', acting: false },
    });
  });

  it('is resubmitted by the sekretaris with its legal basis', async () => {
    const res = await e2e.api.http
      .post(`${workflows}/${id}/resubmit`)
      .set(sekretaris.auth)
      .send({ note: 'Dasar hukum dicantumkan', change: amendment(dppaBudget, legalBasis).change })
      .expect(200);
    expect(res.body).toMatchObject({ status: 'pending', currentStep: { index: 0 }, round: 3 });
    expect(res.body.change.data.legalBasis).toBe(legalBasis);
    expect(await versionsNow()).toEqual([[0, '7566607400']]);
  });

  it('is approved by the kepala badan, and only then amends the agreement', async () => {
    const res = await e2e.api.http
      .post(`${workflows}/${id}/approve`)
      .set(kepala.auth)
      .send({ note: 'Setuju' })
      .expect(200);
    expect(res.body).toMatchObject({ status: 'approved', currentStep: null, applied: true });
    expect(await versionsNow()).toEqual([
      [0, '7566607400'],
      [1, '8426842920'],
    ]);
  });

  it('records the amendment as the kepala badan, caused by the submission', async () => {
    const events = await e2e.streamEvents(`${e2e.tenant}/agreement-bkpsdm-2024`);
    expect(events.at(-1)).toMatchObject({
      type: 'AgreementAmended',
      data: { amendment: 1, signedOn: '2024-09-23', reason },
      metadata: {
        actor: { account: kepala.id, post: 'kepala-bkpsdm' },
        causationId: id,
        correlationId: id,
        occurredAt: '2024-09-23T00:00:00.000Z',
        reason,
        legalBasis,
        source: 'system',
      },
    });
    const types = (await e2e.workflowEvents(id)).map((e) => e.type);
    expect(types).toEqual([
      'SubmissionOpened',
      'SubmissionReturned',
      'SubmissionResubmitted',
      'StepApproved',
      'SubmissionApproved',
    ]);
  });

  it('is finished: a second approval is refused', async () => {
    expectProblem(
      await e2e.api.http.post(`${workflows}/${id}/approve`).set(kepala.auth).send({}),
      422,
      'WORKFLOW.NOT_PENDING',
    );
  });
});

function pk2024Budget() {
  return [
    { program: '5.03.01', amount: 6072466298 },
    { program: '5.03.02', amount: '1315222698' },
    { program: '5.04.02', amount: 178918404 },
  ];
}

describe('an amendment overtaken while it waited', () => {
  it('is refused at the last approval with the agreements context’s own rule, and keeps waiting', async () => {
    const iku = {
      ...amendment(dppaBudget),
      change: {
        command: 'AmendAgreement',
        data: {
          agency: 'bkpsdm',
          fiscalYear: 2024,
          signedOn: '2024-10-15',
          reason: 'Perubahan Renstra: IKU Indeks Profesionalitas ASN diperjanjikan',
          targets: [
            { indicator: 'S1.1', target: 254, fundedBy: ['5.03.02', '5.04.02'] },
            { indicator: 'T1.1', target: '70', fundedBy: ['5.03.02'] },
          ],
        },
      },
    };
    const waiting = (await e2e.api.http.post(workflows).set(sekretaris.auth).send(iku).expect(201)).body
      .workflow;
    // Meanwhile the kepala badan amends the PK directly with the same targets, for another reason.
    const { signedOn, targets } = iku.change.data;
    const direct = { signedOn, targets, reason: 'Penyesuaian IKU (langsung)' };
    await e2e.api.http.post(`${agreement}/amendments`).set(kepala.auth).send(direct).expect(201);
    const res = await e2e.api.http.post(`${workflows}/${waiting}/approve`).set(kepala.auth).send({});
    expectProblem(res, 422, 'AGREEMENT.AMENDMENT_CHANGES_NOTHING');
    const now = await e2e.api.http.get(`${workflows}/${waiting}`).set(kepala.auth).expect(200);
    expect(now.body).toMatchObject({ status: 'pending', currentStep: { index: 0 }, revision: 0 });
  });
});
