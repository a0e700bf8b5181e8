import { AGREEMENT_VERSIONS } from '@jejak/agreements';
import { expectProblem } from '../support/problem';
import { AgreementE2e, dppa, iku, pk2024, startAgreementE2e } from './agreement-e2e.support';

// The PK 2024 of BKPSDM Kota Dumai over HTTP (test/fixtures/kota-dumai-bkpsdm-2024.json): budget
// 7.566.607.400 as signed, 8.426.842.920 after the DPPA; then T1.1 joins the targets.
let e2e: AgreementE2e;
let agreements: string;
beforeAll(async () => {
  e2e = await startAgreementE2e();
  agreements = e2e.agreements;
});
afterAll(() => e2e?.api.close());

describe('the PK over HTTP: draft → sign → amend → read', () => {
  it('drafts the PK: 201 with revision 0 as ETag and the Location', async () => {
    const res = await e2e.api.http.post(agreements).set(e2e.perencana).send(pk2024).expect(201);
    expect(res.body).toEqual({
      tenant: e2e.tenant,
      agency: 'bkpsdm',
      fiscalYear: 2024,
      party: null,
      revision: 0,
      recorded: true,
    });
    expect(res.headers.etag).toBe('"0"');
    expect(res.headers.location).toBe(`${agreements}/2024`);
  });

  it('answers 200 and appends nothing when the same draft arrives again', async () => {
    const res = await e2e.api.http.post(agreements).set(e2e.perencana).send(pk2024).expect(200);
    expect(res.body).toMatchObject({ revision: 0, recorded: false });
  });

  it('refuses staff the signature: 403', async () => {
    expectProblem(
      await e2e.api.http.post(`${agreements}/2024/signature`).set(e2e.staf).send({ signedOn: '2024-01-31' }),
      403,
      'ACCESS.DENIED',
    );
  });

  it('refuses an amendment before signing: 422', async () => {
    expectProblem(
      await e2e.api.http.post(`${agreements}/2024/amendments`).set(e2e.kepala).send(dppa),
      422,
      'AGREEMENT.NOT_SIGNED',
    );
  });

  it('is signed by the head of agency, whose post the event records', async () => {
    const res = await e2e.api.http
      .post(`${agreements}/2024/signature`)
      .set(e2e.kepala)
      .set('If-Match', '"0"')
      .send({ signedOn: '2024-01-31' })
      .expect(200);
    expect(res.headers.etag).toBe('"1"');
    const [draftedEvent, signedEvent] = await e2e.streamEvents();
    expect(draftedEvent.metadata.actor).toMatchObject({ post: 'perencana-bkpsdm' });
    expect(signedEvent.metadata).toMatchObject({
      actor: { post: 'kepala-bkpsdm' },
      occurredAt: '2024-01-31T00:00:00.000Z',
      source: 'api',
    });
  });

  it('refuses an amendment on a stale If-Match: 409', async () => {
    const res = await e2e.api.http
      .post(`${agreements}/2024/amendments`)
      .set(e2e.kepala)
      .set('If-Match', '"0"')
      .send(dppa);
    expectProblem(res, 409, 'EVENTSTORE.WRONG_EXPECTED_REVISION');
  });

  it('amends the budget, then the targets: 201 each, with the new revision', async () => {
    const first = await e2e.api.http
      .post(`${agreements}/2024/amendments`)
      .set(e2e.kepala)
      .set('If-Match', '"1"')
      .send(dppa)
      .expect(201);
    expect(first.headers.etag).toBe('"2"');
    const second = await e2e.api.http
      .post(`${agreements}/2024/amendments`)
      .set(e2e.kepala)
      .send(iku)
      .expect(201);
    expect(second.body).toMatchObject({ revision: 3, recorded: true });
    expect((await e2e.streamEvents())[3].metadata).toMatchObject({
      reason: iku.reason,
      legalBasis: iku.legalBasis,
    });
  });

  it('shows every version, the original first, with what each amendment changed', async () => {
    await e2e.runner.catchUp(AGREEMENT_VERSIONS);
    const res = await e2e.api.http.get(`${agreements}/2024`).set(e2e.staf).expect(200);
    expect(res.headers.etag).toBe('"3"');
    expect(res.body.current).toEqual({
      version: 2,
      signedOn: '2024-10-15',
      targets: [
        { indicator: 'S1.1', target: '254', fundedBy: ['5.03.02', '5.04.02'] },
        { indicator: 'T1.1', target: '70', fundedBy: ['5.03.02'] },
      ],
      budget: dppa.budget.map((line) => ({ program: line.program, amount: String(line.amount) })),
      budgetTotal: '8426842920',
    });
    const versions = res.body.versions;
    expect(
      versions.map((v: { version: number; signedOn: string; budgetTotal: string }) => [
        v.version,
        v.signedOn,
        v.budgetTotal,
      ]),
    ).toEqual([
      [0, '2024-01-31', '7566607400'],
      [1, '2024-09-23', '8426842920'],
      [2, '2024-10-15', '8426842920'],
    ]);
    expect(versions[1]).toMatchObject({ reason: dppa.reason, legalBasis: null });
    expect(versions[1].changes).toEqual({
      targets: [],
      budget: [
        { program: '5.03.01', before: '6072466298', after: '6357723118' },
        { program: '5.03.02', before: '1315222698', after: '1890201398' },
      ],
    });
    expect(versions[2].changes.targets).toEqual([
      { indicator: 'T1.1', before: null, after: { target: '70', fundedBy: ['5.03.02'] } },
    ]);
  });

  it('answers 200 and appends nothing when an amendment arrives again', async () => {
    const res = await e2e.api.http
      .post(`${agreements}/2024/amendments`)
      .set(e2e.kepala)
      .send(dppa)
      .expect(200);
    expect(res.body).toMatchObject({ revision: 3, recorded: false });
  });
});
