import { expectProblem, fieldPaths } from '../support/problem';
import { HistoryE2e, LATE_AMENDMENT_ON, startHistoryE2e } from './history-e2e.support';

let h: HistoryE2e;
beforeAll(async () => {
  h = await startHistoryE2e();
});
afterAll(() => h.close());

describe('the difference between two as-of states', () => {
  it('lists the amendment’s target and budget lines, the correction and the numbers they change', async () => {
    const res = await h.api.http
      .get(`${h.base}/state/diff`)
      .query({ year: 2024, from: h.t1.toISOString(), to: h.t3.toISOString(), axis: 'recorded' })
      .set(h.inspector.headers)
      .expect(200);
    const diff = res.body;
    expect(diff.changed).toBe(true);
    expect(diff.agreement.version).toEqual({ before: 1, after: 2 });
    expect(diff.agreement.targets).toEqual([
      expect.objectContaining({
        key: 'S1.1',
        before: expect.objectContaining({ target: '254' }),
        after: expect.objectContaining({ target: '260' }),
      }),
    ]);
    expect(diff.agreement.budget).toEqual([
      { key: '5.03.02', before: { amount: '1890201398' }, after: { amount: '1900201398' } },
      { key: '5.04.02', before: { amount: '178918404' }, after: { amount: '168918404' } },
    ]);
    expect(diff.realizations).toEqual([
      expect.objectContaining({
        key: 'S1.1 FY',
        before: expect.objectContaining({ value: '279', corrected: false }),
        after: expect.objectContaining({ value: '280', corrected: true }),
      }),
    ]);
    expect(diff.computed.performance).toContainEqual(
      expect.objectContaining({
        key: 'S1.1',
        before: expect.objectContaining({ achievement: '109.84' }),
        after: expect.objectContaining({ achievement: '107.69' }),
      }),
    );
  });

  it('finds nothing changed between two instants with nothing recorded between them', async () => {
    const res = await h.api.http
      .get(`${h.base}/state/diff`)
      .query({ year: 2024, from: h.t3.toISOString(), to: new Date().toISOString() })
      .set(h.inspector.headers)
      .expect(200);
    expect(res.body.changed).toBe(false);
  });
});

describe('the difference between two versions of the agreement', () => {
  const diff = (from: number | string, to: number | string) =>
    h.api.http.get(`${h.base}/agreements/2024/diff`).query({ from, to }).set(h.inspector.headers);

  it('gives the DPPA’s budget lines before → after, and no target change (S1.1 stays 254)', async () => {
    const res = await diff(0, 1).expect(200);
    expect(res.body.targets).toEqual([]);
    expect(res.body.budget).toEqual([
      { program: '5.03.01', before: '6072466298', after: '6357723118' },
      { program: '5.03.02', before: '1315222698', after: '1890201398' },
    ]);
    expect(res.body.budgetTotal).toEqual({ before: '7566607400', after: '8426842920' });
  });

  it('compares any two versions, either way round', async () => {
    const res = await diff(2, 0).expect(200);
    expect(res.body.targets).toEqual([
      {
        indicator: 'S1.1',
        before: { target: '260', fundedBy: ['5.03.02', '5.04.02'] },
        after: { target: '254', fundedBy: ['5.03.02', '5.04.02'] },
      },
    ]);
    expect(res.body.from).toMatchObject({ version: 2, signedOn: LATE_AMENDMENT_ON });
  });

  it('refuses a version the agreement does not have (404 naming it) and a malformed one (400)', async () => {
    expectProblem(await diff(0, 7), 404, 'HISTORY.AGREEMENT_VERSION_NOT_FOUND');
    expect(fieldPaths(await diff(0, 7))).toEqual(['to']);
    const bad = await diff('satu', 1);
    expectProblem(bad, 400, 'REQUEST.VALIDATION_FAILED');
    expect(fieldPaths(bad)).toContain('from');
  });
});
