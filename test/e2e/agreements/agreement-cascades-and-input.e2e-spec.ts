import { AGREEMENT_VERSIONS } from '@jejak/agreements';
import { expectProblem, fieldPaths } from '../support/problem';
import { AgreementE2e, MUTASI, dppa, pk2024, s11, startAgreementE2e } from './agreement-e2e.support';

// A cascaded PK and refused input, on the PK 2024 of BKPSDM Kota Dumai (test/fixtures/kota-dumai-bkpsdm-2024.json);
// Bidang Mutasi dan Kepangkatan runs kegiatan 5.03.02.2.02 (K2.2.1: 950 documents, 279.895.373 in the DPPA).
let e2e: AgreementE2e;
let agreements: string;
beforeAll(async () => {
  e2e = await startAgreementE2e();
  agreements = e2e.agreements;
  await e2e.api.http.post(agreements).set(e2e.perencana).send(pk2024).expect(201);
  await e2e.api.http
    .post(`${agreements}/2024/signature`)
    .set(e2e.kepala)
    .send({ signedOn: '2024-01-31' })
    .expect(200);
});
afterAll(() => e2e?.api.close());

describe('a PK cascaded to a unit', () => {
  const cascade = {
    party: MUTASI,
    firstParty: { position: 'Kepala Bidang Mutasi dan Kepangkatan' },
    secondParty: pk2024.firstParty,
    targets: [{ indicator: 'K2.2.1', target: 950, fundedBy: ['5.03.02'] }],
    budget: [{ program: '5.03.02', amount: 279895373 }],
  };

  it('is drafted under the agency PK and signed in its own stream', async () => {
    const res = await e2e.api.http
      .post(`${agreements}/2024/cascades`)
      .set(e2e.perencana)
      .send(cascade)
      .expect(201);
    expect(res.headers.location).toBe(`${agreements}/2024/cascades/${MUTASI}`);
    await e2e.api.http
      .post(`${agreements}/2024/cascades/${MUTASI}/signature`)
      .set(e2e.kepala)
      .send({ signedOn: '2024-02-05' })
      .expect(200);
    await e2e.runner.catchUp(AGREEMENT_VERSIONS);
    const read = await e2e.api.http.get(`${agreements}/2024/cascades/${MUTASI}`).set(e2e.kepala).expect(200);
    expect(read.body).toMatchObject({
      party: MUTASI,
      cascadedFrom: null,
      status: 'signed',
      current: { budgetTotal: '279895373' },
    });
  });

  it('is refused a budget line the agency PK does not have: 422 naming it', async () => {
    const res = await e2e.api.http
      .post(`${agreements}/2024/cascades`)
      .set(e2e.perencana)
      .send({
        ...cascade,
        party: 'sekretariat',
        budget: [{ program: '5.03.03', amount: 1 }],
        targets: [{ indicator: 'P1.1', target: 100 }],
      });
    expectProblem(res, 422, 'AGREEMENT.CASCADE_OUTSIDE_PARENT');
    expect(fieldPaths(res)).toEqual(['budget[0].program']);
  });
});

describe('bad input', () => {
  it('a negative amount: 400 naming budget[0].amount', async () => {
    const budget = [{ program: '5.03.01', amount: -6072466298 }];
    const res = await e2e.api.http
      .post(agreements)
      .set(e2e.perencana)
      .send({ ...pk2024, fiscalYear: 2025, budget, targets: [{ indicator: 'S1.1', target: 255 }] });
    expectProblem(res, 400, 'REQUEST.VALIDATION_FAILED');
    expect(fieldPaths(res)).toEqual(['budget[0].amount']);
  });

  it('a fractional amount, a word for a target, an amendment without reason: 400 naming each', async () => {
    const draft = await e2e.api.http
      .post(agreements)
      .set(e2e.perencana)
      .send({
        ...pk2024,
        fiscalYear: 2025,
        targets: [{ indicator: 'S1.1', target: 'dua ratus' }],
        budget: [{ program: '5.03.01', amount: 1.5 }],
      });
    expect(fieldPaths(draft)).toEqual(['targets[0].target', 'budget[0].amount']);
    const amend = await e2e.api.http
      .post(`${agreements}/2024/amendments`)
      .set(e2e.kepala)
      .send({ signedOn: '2024-09-31', budget: dppa.budget });
    expectProblem(amend, 400, 'REQUEST.VALIDATION_FAILED');
    expect(new Set(fieldPaths(amend))).toEqual(new Set(['signedOn', 'reason']));
  });

  it('a target funded by a program outside the budget: 422 naming the path', async () => {
    const res = await e2e.api.http
      .post(agreements)
      .set(e2e.perencana)
      .send({ ...pk2024, fiscalYear: 2025, targets: [{ ...s11, fundedBy: ['5.03.02', '5.03.03'] }] });
    expectProblem(res, 422, 'AGREEMENT.FUNDING_NOT_BUDGETED');
    expect(fieldPaths(res)).toEqual(['targets[0].fundedBy[1]']);
  });

  it('an agency the tenant does not have: 404', async () => {
    const res = await e2e.api.http
      .post(`/api/v1/tenants/${e2e.tenant}/agencies/bappeda/agreements`)
      .set(e2e.admin)
      .send(pk2024);
    expectProblem(res, 404, 'AGREEMENT.UNKNOWN_AGENCY');
  });

  it('a year never agreed: 404', async () => {
    expectProblem(await e2e.api.http.get(`${agreements}/2023`).set(e2e.kepala), 404, 'AGREEMENT.NOT_FOUND');
  });
});
