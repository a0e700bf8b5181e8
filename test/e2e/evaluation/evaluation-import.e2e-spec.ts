/*
 * The `evaluation` section of each fixture, imported over HTTP: the LHE and its follow-ups arrive
 * as the evaluation context's own commands, and GET …/follow-ups gives the counts of
 * `*.expected.json` (`evaluation: { recommendations, followUpsDone }`). A follow-up the document
 * marks "done" is the agency's report that it is done (status `reported`): the LKjIP prints the
 * agency's own account, not the inspectorate's verification. `followUpsDone` counts follow-ups
 * reported done or verified (`done: true`).
 */
import { InterchangeDocument } from '@jejak/interchange';
import { FIXTURES, readFixture } from '../../fixtures/fixtures';
import { E2eApi, startApi, uniqueTenant } from '../support/e2e-app';
import { catchUpAll, streamEventsOf } from './evaluation-e2e.support';

let api: E2eApi;
let admin: Record<string, string>;

beforeAll(async () => {
  api = await startApi();
  admin = api.auth(await api.adminToken());
});
afterAll(() => api?.close());

describe.each(FIXTURES)('the LHE of %s, imported', (name) => {
  const doc = readFixture<InterchangeDocument>(`${name}.json`);
  const expected = readFixture<{ evaluation: { recommendations: number; followUpsDone: number } }>(
    `${name}.expected.json`,
  );
  const lhe = doc.evaluation!;
  const tenant = uniqueTenant(doc.tenant.code);
  const copy = { ...doc, tenant: { ...doc.tenant, code: tenant } };
  const stream = `${tenant}/evaluation-${doc.agency.code}-${lhe.fiscalYearEvaluated}`;
  const agency = () => `/api/v1/tenants/${tenant}/agencies/${doc.agency.code}`;

  beforeAll(async () => {
    await api.http.post('/api/v1/imports').set(admin).send(copy).expect(201);
    await catchUpAll(api);
  });

  it('gives the expected counts from GET …/follow-ups: recommendations, and follow-ups done', async () => {
    const res = await api.http
      .get(`${agency()}/follow-ups?evaluation=${lhe.fiscalYearEvaluated}`)
      .set(admin)
      .expect(200);
    const items = res.body.items as { done: boolean; status: string }[];
    expect({ recommendations: items.length, followUpsDone: items.filter((f) => f.done).length }).toEqual(
      expected.evaluation,
    );
    expect(new Set(items.map((f) => f.status))).toEqual(new Set(['reported']));
    expect(res.body.summary).toMatchObject({
      recommendations: expected.evaluation.recommendations,
      done: expected.evaluation.followUpsDone,
      verified: 0,
    });
  });

  it("records the LHE as of its letter's date, and the undated follow-ups undated, with source import", async () => {
    const events = await streamEventsOf(api, tenant, stream);
    expect(events[0]).toMatchObject({
      type: 'EvaluationRecorded',
      occurredAt: new Date(`${lhe.issuedOn}T00:00:00.000Z`),
      data: { letterNumber: lhe.letterNumber, evaluator: lhe.evaluator },
      metadata: { source: 'import' },
    });
    const followUps = events.slice(1);
    expect(followUps.length).toBe(2 * expected.evaluation.recommendations);
    expect(new Set(followUps.map((e) => e.occurredAt))).toEqual(new Set([null]));
  });

  it('appends nothing when the same document comes again', async () => {
    const before = (await streamEventsOf(api, tenant, stream)).length;
    const res = await api.http.post('/api/v1/imports').set(admin).send(copy).expect(201);
    expect(res.body.eventsAppended).toBe(0);
    expect((await streamEventsOf(api, tenant, stream)).length).toBe(before);
  });
});

describe('the imported LHE of Kota Bontang (TA 2019)', () => {
  it('is scored on the older rubric its components name, the printed total kept beside the sum, flagged', async () => {
    const doc = readFixture<InterchangeDocument>('kota-bontang-bkpsdm-2020.json');
    const tenant = uniqueTenant('kota-bontang');
    await api.http
      .post('/api/v1/imports')
      .set(admin)
      .send({ ...doc, tenant: { ...doc.tenant, code: tenant } })
      .expect(201);
    await catchUpAll(api);
    const res = await api.http
      .get(`/api/v1/tenants/${tenant}/agencies/bkpsdm/evaluations/2019`)
      .set(admin)
      .expect(200);
    // Notes 22: the components add to 71,32, the total is printed 71,31; both BB.
    expect(res.body).toMatchObject({
      rubric: 'permenpanrb-12-2015',
      total: '71.32',
      grade: 'BB',
      stated: { score: '71.31', grade: 'BB' },
      discrepancies: ['TOTAL_DIFFERS'],
      recommendations: 12,
      followUpsDone: 12,
    });
  });
});
