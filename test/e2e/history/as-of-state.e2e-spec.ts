import { requestContext } from '@jejak/database';
import { AgencyStateReader } from '@jejak/history';
import { readFixture } from '../../fixtures/fixtures';
import { agencyYearDifferences, ExpectedAgencyYear } from '../performance/expected-agency-year';
import { expectProblem, fieldPaths } from '../support/problem';
import {
  DPPA_ON,
  FIXTURE,
  HistoryE2e,
  LATE_AMENDMENT_ON,
  PK_SIGNED_ON,
  startHistoryE2e,
} from './history-e2e.support';

let h: HistoryE2e;
beforeAll(async () => {
  h = await startHistoryE2e();
});
afterAll(() => h.close());

type Axis = 'recorded' | 'effective';
const state = async (asOf: Date | string, axis: Axis) => {
  const at = typeof asOf === 'string' ? asOf : asOf.toISOString();
  const res = await h.api.http
    .get(`${h.base}/state`)
    .query({ year: 2024, asOf: at, axis })
    .set(h.inspector.headers)
    .expect(200);
  return res.body;
};
const versionInForce = (body: { agreement: { inForce: { version: number } | null } | null }) =>
  body.agreement?.inForce?.version ?? null;
const s11 = (body: { realizations: { realizations: { indicator: string; value: string }[] } | null }) =>
  body.realizations?.realizations.find((r) => r.indicator === 'S1.1' && r.value !== undefined);
const s11Achievement = (body: { computed: { performance: { indicator: string; achievement: string }[] } }) =>
  body.computed.performance.find((r) => r.indicator === 'S1.1')?.achievement ?? null;

describe('an agency-year on the recorded axis: what Jejak held at the instant', () => {
  it('held nothing before the import', async () => {
    const body = await state(h.t0, 'recorded');
    expect(body).toMatchObject({ plan: null, agreement: null, realizations: null, eventsFolded: 0 });
    expect(body.computed.performance).toEqual([]);
  });

  it('held the imported year after the import: PK version 1 (the DPPA), and the fixture’s numbers', async () => {
    const body = await state(h.t1, 'recorded');
    expect(versionInForce(body)).toBe(1);
    expect(body.agreement.versions.map((v: { version: number }) => v.version)).toEqual([0, 1]);
    expect(body.agreement.inForce.budgetTotal).toBe('8426842920'); // 6357723118 + 1890201398 + 178918404
    expect(s11(body)).toMatchObject({ value: '279', corrected: false, source: 'KASN' });
    expect(body.conventions.version).toBe(1);
    const expected = readFixture<ExpectedAgencyYear>(`${FIXTURE}.expected.json`);
    const { performance, budget } = body.computed;
    const efficiency = body.computed.efficiency.rows;
    const versions = body.agreement.versions;
    const agreement = {
      versions: versions.length,
      budgetBefore: versions[0].budgetTotal,
      budgetAfter: versions[1].budgetTotal,
    };
    expect(agencyYearDifferences({ performance, budget, efficiency, agreement }, expected)).toEqual([]);
  });

  it('held the late amendment once it was recorded: version 2, S1.1’s target 260 (279 ÷ 260 = 107.31 %)', async () => {
    const body = await state(h.t2, 'recorded');
    expect(versionInForce(body)).toBe(2);
    expect(body.agreement.inForce).toMatchObject({
      signedOn: LATE_AMENDMENT_ON,
      reason: expect.stringContaining('DPPA II'),
    });
    expect(s11(body)).toMatchObject({ value: '279', corrected: false });
    expect(s11Achievement(body)).toBe('107.31');
  });

  it('held the correction once it was recorded: 280 in force (280 ÷ 260 = 107.69 %)', async () => {
    const body = await state(h.t3, 'recorded');
    expect(versionInForce(body)).toBe(2);
    expect(s11(body)).toMatchObject({ value: '280', corrected: true });
    expect(s11Achievement(body)).toBe('107.69');
  });
});

describe('an agency-year on the effective axis: what was in force at the instant, as known now', () => {
  it('had the original PK in force mid-2024 (signed 31 January), and no undated fact yet', async () => {
    const body = await state('2024-06-30', 'effective');
    expect(versionInForce(body)).toBe(0);
    expect(body.agreement.inForce).toMatchObject({ signedOn: PK_SIGNED_ON, budgetTotal: '7566607400' });
    // The Renstra and the realizations are undated in the document: in force from when they were recorded.
    expect(body).toMatchObject({ plan: null, realizations: null, heldBack: [] });
  });

  it('had the DPPA amendment in force from 23 September 2024', async () => {
    const body = await state('2024-10-31', 'effective');
    expect(versionInForce(body)).toBe(1);
    expect(body.agreement.inForce.signedOn).toBe(DPPA_ON);
  });

  it('had the late amendment in force from its own date, though recorded only during this test', async () => {
    expect(versionInForce(await state('2024-12-31', 'effective'))).toBe(2);
    // On the recorded axis, on that same date Jejak held nothing of the year yet.
    expect((await state('2024-12-31', 'recorded')).agreement).toBeNull();
  });

  it('at one instant between the import and the amendment: in force already, but not yet recorded', async () => {
    expect(versionInForce(await state(h.t1, 'effective'))).toBe(2);
    expect(versionInForce(await state(h.t1, 'recorded'))).toBe(1);
  });

  it('has the correction in force from when it was made (it gave no date of its own)', async () => {
    expect(s11(await state(h.t2, 'effective'))).toMatchObject({ value: '279', corrected: false });
    expect(s11(await state(h.t3, 'effective'))).toMatchObject({ value: '280', corrected: true });
  });
});

describe('bad parameters are the client’s: 400 naming them, never a 500', () => {
  it.each([
    [{ year: 'dua ribu', asOf: '2024-06-30' }, 'year'],
    [{ year: 2024, asOf: '30-06-2024' }, 'asOf'],
    [{ year: 2024, asOf: '2024-02-30' }, 'asOf'],
    [{ year: 2024, axis: 'sideways' }, 'axis'],
    [{ asOf: '2024-06-30' }, 'year'],
    [{ year: 2024, when: 'now' }, 'when'],
  ])('%j → 400 naming %s', async (query, name) => {
    const res = await h.api.http.get(`${h.base}/state`).query(query).set(h.inspector.headers);
    expectProblem(res, 400, 'REQUEST.VALIDATION_FAILED');
    expect(fieldPaths(res)).toContain(name);
  });

  it('takes back an instant whose "+07:00" came unencoded (a "+" in a query string reads as a space)', async () => {
    const res = await h.api.http
      .get(`${h.base}/state?year=2024&axis=effective&asOf=2024-10-01T08:00:00+07:00`)
      .set(h.inspector.headers)
      .expect(200);
    expect(res.body.asOf).toBe('2024-10-01T01:00:00.000Z');
    expect(versionInForce(res.body)).toBe(1);
  });

  it('a diff whose end is before its start → 400 naming to', async () => {
    const res = await h.api.http
      .get(`${h.base}/state/diff`)
      .query({ year: 2024, from: '2024-12-31', to: '2024-01-01' })
      .set(h.inspector.headers);
    expectProblem(res, 400, 'REQUEST.VALIDATION_FAILED');
    expect(fieldPaths(res)).toEqual(['to']);
  });

  it('an agency the tenant does not have → 404', async () => {
    const res = await h.api.http
      .get(`${h.root}/agencies/dinas-tidak-ada/state`)
      .query({ year: 2024 })
      .set(h.inspector.headers);
    expectProblem(res, 404, 'TENANCY.UNKNOWN_AGENCY');
  });
});

describe('how long an as-of state takes (measured and logged, not asserted)', () => {
  it('folds the agency-year from the log', async () => {
    const reader = h.api.app.get(AgencyStateReader);
    const read = () =>
      requestContext.run({ tenantId: h.tenant, platform: false }, () =>
        reader.read(h.tenant, 'bkpsdm', 2024, { axis: 'recorded', at: new Date() }),
      );
    await read();
    const times: number[] = [];
    for (let i = 0; i < 20; i++) {
      const start = process.hrtime.bigint();
      const body = await read();
      times.push(Number(process.hrtime.bigint() - start) / 1e6);
      expect(body.eventsFolded).toBeGreaterThan(0);
    }
    const http: number[] = [];
    for (let i = 0; i < 10; i++) {
      const start = process.hrtime.bigint();
      await state(new Date(), i % 2 === 0 ? 'recorded' : 'effective');
      http.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const folded = (await read()).eventsFolded;
    console.log(
      `as-of state of ${FIXTURE} (${folded} events folded): reader median ${median(times).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms; over HTTP median ${median(http).toFixed(1)} ms`,
    );
  });
});
