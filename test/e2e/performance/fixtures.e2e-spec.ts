/*
 * THE fixture suite: each agency-year of test/fixtures is imported over HTTP (POST /api/v1/imports,
 * as a migrating city would), the projections catch up in-process, and the computed views read
 * back over HTTP reproduce `*.expected.json` — achievements within 0.005, amounts exact, every
 * expected row present and no other — and the agreement has its versions and budgets.
 */
import { InterchangeDocument } from '@jejak/interchange';
import { EVENT_STORE, EventStore } from '@jejak/eventstore';
import { DataSource } from 'typeorm';
import { createProjectionRunner } from '../../../apps/worker/src/projections';
import { FIXTURES, readFixture } from '../../fixtures/fixtures';
import { E2eApi, startApi, uniqueTenant } from '../support/e2e-app';
import { agencyYearDifferences, ExpectedAgencyYear } from './expected-agency-year';

let api: E2eApi;
let admin: Record<string, string>;

beforeAll(async () => {
  api = await startApi();
  admin = api.auth(await api.adminToken());
});

afterAll(() => api?.close());

describe.each(FIXTURES)('the agency-year %s, imported over HTTP', (name) => {
  const doc = readFixture<InterchangeDocument>(`${name}.json`);
  const expected = readFixture<ExpectedAgencyYear>(`${name}.expected.json`);
  // Suites share one database: a tenant code of this run's own.
  const tenant = uniqueTenant(doc.tenant.code);
  const base = () => `/api/v1/tenants/${tenant}/agencies/${doc.agency.code}`;
  const get = async (path: string) => (await api.http.get(`${base()}/${path}`).set(admin).expect(200)).body;

  beforeAll(async () => {
    const copy = { ...doc, tenant: { ...doc.tenant, code: tenant } };
    await api.http.post('/api/v1/imports').set(admin).send(copy).expect(201);
    const runner = createProjectionRunner(api.app.get(DataSource), api.app.get<EventStore>(EVENT_STORE));
    await runner.catchUp();
  });

  it('computes performance, budget and efficiency as expected, and the agreement’s versions and budgets', async () => {
    const year = doc.fiscalYear;
    const performance = await get(`performance?year=${year}`);
    const budget = await get(`budget?year=${year}`);
    const efficiency = await get(`efficiency?year=${year}`);
    const pk = await get(`agreements/${year}`);
    const agreement = {
      versions: pk.versions.length,
      budgetBefore: pk.versions[0].budgetTotal,
      budgetAfter: pk.current.budgetTotal,
    };
    const actual = { performance: performance.rows, budget, efficiency: efficiency.rows, agreement };
    expect(agencyYearDifferences(actual, expected)).toEqual([]);
    expect(performance.rows).toHaveLength(expected.performance.length);
  });

  it('cites the conventions version the import stated, on the responses and on every row', async () => {
    const year = doc.fiscalYear;
    const conventions = await api.http.get(`/api/v1/tenants/${tenant}/conventions?year=${year}`).set(admin);
    const { version } = conventions.body;
    const views = [await get(`performance?year=${year}`), await get(`efficiency?year=${year}`)];
    const cited = views.flatMap((v) => [
      v.conventionsVersion,
      ...v.rows.map((r: { conventionsVersion: number }) => r.conventionsVersion),
    ]);
    expect(version).toBeGreaterThan(0);
    expect(new Set(cited)).toEqual(new Set([version]));
  });

  it('lists the achievements above 150 % among the checks’ findings', async () => {
    const { findings } = await get(`checks?year=${doc.fiscalYear}`);
    const above150 = expected.performance.filter((r) => r.achievement !== null && r.achievement > 150);
    const found = findings.map(
      (f: { code: string; refs: { indicator?: string } }) => `${f.code} ${f.refs.indicator}`,
    );
    // The order of rows does not matter (interchange README).
    expect(found.sort()).toEqual(
      above150.map((r) => `PERFORMANCE.ACHIEVEMENT_ABOVE_150 ${r.indicator}`).sort(),
    );
  });
});
