import { requestContext } from '@jejak/database';
import { EVENT_STORE, EventStore } from '@jejak/eventstore';
import { realizationStream } from '@jejak/realization';
import { LedgerE2e, MUTASI as mutasi, expectProblem, startLedgerE2e } from './ledger-e2e';

// BKPSDM Kota Dumai 2024 (test/fixtures/kota-dumai-bkpsdm-2024.json): S1.1 Indeks Sistem Merit
// 279 by KASN (its target is 254), P1.1 1452 of 1693 in Q2 (the interchange README's example).
let t: LedgerE2e;
let base: string;
let api: LedgerE2e['api'];
let admin: Record<string, string>;
let secretary: Record<string, string>;
let staffMutasi: Record<string, string>;
let staffSekretariat: Record<string, string>;

beforeAll(async () => {
  t = await startLedgerE2e();
  ({ api, base, admin, secretary, staffMutasi, staffSekretariat } = t);
});

afterAll(() => t?.api.close());

describe('reporting and correcting realizations over HTTP', () => {
  it('records a FY value: 201 with the ledger revision as ETag', async () => {
    const res = await api.http
      .post(`${base}/realizations/2024`)
      .set(secretary)
      .send({ indicator: 'S1.1', period: 'FY', value: 254, source: 'KASN' })
      .expect(201);
    expect(res.body).toEqual({
      tenant: t.tenant,
      agency: 'bkpsdm',
      fiscalYear: 2024,
      revision: 0,
      recorded: true,
    });
    expect(res.headers.etag).toBe('"0"');
  });

  it("lets staff report their own unit's Q2 ratio, through their post", async () => {
    const res = await api.http
      .post(`${base}/realizations/2024`)
      .set(staffMutasi)
      .set('If-Match', '"0"')
      .send({ indicator: 'P1.1', period: 'Q2', numerator: 1452, denominator: '1693', unit: mutasi })
      .expect(201);
    expect(res.headers.etag).toBe('"1"');
    const events = await requestContext.run({ tenantId: t.tenant, platform: false }, () =>
      api.app.get<EventStore>(EVENT_STORE).readStream(realizationStream(t.tenant, 'bkpsdm', 2024)),
    );
    expect(events[1].metadata.actor).toMatchObject({ post: 'staf-mutasi' });
  });

  it("refuses a staff account another unit's realization: 403", async () => {
    const res = await api.http
      .post(`${base}/realizations/2024`)
      .set(staffSekretariat)
      .send({ indicator: 'K2.1', period: 'FY', value: 1, unit: mutasi });
    expectProblem(res, 403, 'ACCESS.DENIED');
  });

  it('corrects a value with its reason: 201', async () => {
    const res = await api.http
      .post(`${base}/realizations/2024/corrections`)
      .set(secretary)
      .set('If-Match', '"1"')
      .send({ indicator: 'S1.1', period: 'FY', value: '279', reason: 'Hasil penilaian KASN' })
      .expect(201);
    expect(res.body.revision).toBe(2);
  });

  it('answers 200 and records nothing when the same report arrives again', async () => {
    const res = await api.http
      .post(`${base}/realizations/2024`)
      .set(staffMutasi)
      .send({ indicator: 'P1.1', period: 'Q2', numerator: '1452', denominator: 1693, unit: mutasi })
      .expect(200);
    expect(res.body).toMatchObject({ revision: 2, recorded: false });
  });

  it('refuses a different second report: 422, use a correction', async () => {
    const res = await api.http
      .post(`${base}/realizations/2024`)
      .set(secretary)
      .send({ indicator: 'S1.1', period: 'FY', value: 280 });
    expectProblem(res, 422, 'REALIZATION.ALREADY_REPORTED');
  });

  it('refuses a ratio over zero: 422', async () => {
    const res = await api.http
      .post(`${base}/realizations/2024`)
      .set(secretary)
      .send({ indicator: 'P2.1', period: 'Q2', numerator: 5, denominator: 0 });
    expectProblem(res, 422, 'REALIZATION.ZERO_DENOMINATOR', ['denominator']);
  });

  it('refuses a stale If-Match: 409', async () => {
    const res = await api.http
      .post(`${base}/realizations/2024`)
      .set(secretary)
      .set('If-Match', '"1"')
      .send({ indicator: 'T1.1', period: 'FY', value: 77.3 });
    expectProblem(res, 409, 'EVENTSTORE.WRONG_EXPECTED_REVISION');
  });

  it('refuses a bad period with 400 naming it', async () => {
    const res = await api.http
      .post(`${base}/realizations/2024`)
      .set(secretary)
      .send({ indicator: 'T1.1', period: 'TW2', value: 77.3 });
    expectProblem(res, 400, 'REQUEST.VALIDATION_FAILED', ['period']);
  });

  it('refuses a correction without a reason with 400 naming it', async () => {
    const res = await api.http
      .post(`${base}/realizations/2024/corrections`)
      .set(secretary)
      .send({ indicator: 'S1.1', period: 'FY', value: 279 });
    expectProblem(res, 400, 'REQUEST.VALIDATION_FAILED', ['reason']);
  });

  it('refuses a value and a ratio together with 400 naming the value', async () => {
    const res = await api.http
      .post(`${base}/realizations/2024`)
      .set(secretary)
      .send({ indicator: 'T1.1', period: 'FY', value: 77.3, numerator: 1, denominator: 2 });
    expectProblem(res, 400, 'REQUEST.VALIDATION_FAILED', ['value']);
  });

  it('answers 404 for an agency the tenant does not have', async () => {
    const res = await api.http
      .post(`/api/v1/tenants/${t.tenant}/agencies/dinkes/realizations/2024`)
      .set(admin)
      .send({ indicator: 'S1.1', period: 'FY', value: 1 });
    expectProblem(res, 404, 'TENANCY.UNKNOWN_AGENCY');
  });
});

describe('the realizations, once the projector caught up', () => {
  beforeAll(() => t.runner.catchUp());

  it('shows the realizations in force, the correction flagged, with the revision as ETag', async () => {
    const res = await api.http.get(`${base}/realizations?year=2024`).set(staffSekretariat).expect(200);
    expect(res.body.items).toEqual([
      expect.objectContaining({
        indicator: 'P1.1',
        period: 'Q2',
        kind: 'ratio',
        numerator: '1452',
        denominator: '1693',
        unit: mutasi,
      }),
      expect.objectContaining({
        indicator: 'S1.1',
        period: 'FY',
        kind: 'value',
        value: '279',
        source: 'KASN',
        corrected: true,
        correctionReason: 'Hasil penilaian KASN',
      }),
    ]);
    expect(res.headers.etag).toBe('"2"');
  });

  it('refuses a missing year with 400 naming it', async () => {
    expectProblem(
      await api.http.get(`${base}/realizations`).set(secretary),
      400,
      'REQUEST.VALIDATION_FAILED',
      ['year'],
    );
  });
});
