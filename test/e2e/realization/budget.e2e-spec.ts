import { LedgerE2e, expectProblem, startLedgerE2e } from './ledger-e2e';

// Sub kegiatan 5.03.02.2.02.0001 Pengelolaan Mutasi ASN, BKPSDM Kota Dumai 2024
// (fixtures/kota-dumai-bkpsdm-2024.notes.md §6): 99.916.924 in the DPA, 199.906.524 in the DPPA,
// 177.548.624 realized.
let t: LedgerE2e;
let base: string;
let api: LedgerE2e['api'];
let secretary: Record<string, string>;
let staffMutasi: Record<string, string>;

beforeAll(async () => {
  t = await startLedgerE2e();
  ({ api, base, secretary, staffMutasi } = t);
});

afterAll(() => t?.api.close());

describe('budget over HTTP', () => {
  const line = { code: '5.03.02.2.02.0001', level: 'subActivity' };

  it('allocates the DPA ceiling and records spending above it, flagged', async () => {
    await api.http
      .post(`${base}/budget/2024/allocations`)
      .set(secretary)
      .send({ ...line, allocation: 99916924, basis: 'DPA 2024' })
      .expect(201);
    await api.http
      .post(`${base}/budget/2024/realizations`)
      .set(secretary)
      .send({ code: line.code, period: 'FY', realized: '177548624', physicalProgress: 100 })
      .expect(201);
    await t.runner.catchUp();
    const res = await api.http.get(`${base}/budget-lines?year=2024`).set(secretary).expect(200);
    expect(res.body.items).toEqual([
      expect.objectContaining({
        allocation: '99916924',
        realized: '177548624',
        checks: ['REALIZED_ABOVE_ALLOCATION'],
      }),
    ]);
  });

  it('refuses negative money and floats with 400 naming the field', async () => {
    const negative = await api.http
      .post(`${base}/budget/2024/allocations`)
      .set(secretary)
      .send({ ...line, allocation: -1 });
    expectProblem(negative, 400, 'REQUEST.VALIDATION_FAILED', ['allocation']);
    const float = await api.http
      .post(`${base}/budget/2024/realizations`)
      .set(secretary)
      .send({ code: line.code, period: 'FY', realized: 1.5 });
    expectProblem(float, 400, 'REQUEST.VALIDATION_FAILED', ['realized']);
    const progress = await api.http
      .post(`${base}/budget/2024/realizations`)
      .set(secretary)
      .send({ code: line.code, period: 'FY', realized: 1, physicalProgress: 101 });
    expectProblem(progress, 400, 'REQUEST.VALIDATION_FAILED', ['physicalProgress']);
  });

  it('refuses budget reporting to staff: 403', async () => {
    const res = await api.http
      .post(`${base}/budget/2024/allocations`)
      .set(staffMutasi)
      .send({ ...line, allocation: 1 });
    expectProblem(res, 403, 'ACCESS.DENIED');
  });

  it('replaces the ceiling by the DPPA', async () => {
    await api.http
      .post(`${base}/budget/2024/allocations`)
      .set(secretary)
      .send({ ...line, allocation: '199906524', basis: 'DPPA 2024' })
      .expect(201);
  });
});

describe('the budget lines, once the projector caught up', () => {
  beforeAll(() => t.runner.catchUp());

  it('shows the budget lines raw, money as strings', async () => {
    const res = await api.http.get(`${base}/budget-lines?year=2024`).set(secretary).expect(200);
    expect(res.body.items).toEqual([
      {
        code: '5.03.02.2.02.0001',
        level: 'subActivity',
        allocation: '199906524',
        basis: 'DPPA 2024',
        realized: '177548624',
        physicalProgress: '100',
        period: 'FY',
        checks: [],
      },
    ]);
    // DPA, its realization, DPPA: the ledger's third event.
    expect(res.headers.etag).toBe('"2"');
  });
});
