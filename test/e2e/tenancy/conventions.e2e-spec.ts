/*
 * A tenant's conventions over HTTP (interchange README, "Conventions"): versions stated from a
 * fiscal year on, and the one in force for a year. Kota Bontang's 2020 bands and efficiency
 * (fixtures/kota-bontang-bkpsdm-2020.json), then truncation from 2022 (DOMAIN.md).
 */
import { DEFAULT_CONVENTIONS } from '@jejak/measurement';
import { EVENT_STORE, EventStore } from '@jejak/eventstore';
import { ProjectionRunner } from '@jejak/projections';
import { DataSource } from 'typeorm';
import { createProjectionRunner } from '../../../apps/worker/src/projections';
import { E2eApi, startApi, uniqueTenant } from '../support/e2e-app';
import { expectProblem, fieldPaths } from '../support/problem';

const bontang2020 = {
  achievementBands: [
    { from: 100.01, label: 'Melebihi Target' },
    { from: 100, label: 'Tercapai/ Sesuai Target' },
    { from: null, label: 'Tidak Tercapai' },
  ],
  efficiency: {
    method: 'difference',
    bands: [
      { from: 0, label: 'Efisien' },
      { from: null, label: 'Tidak Efisien' },
    ],
  },
};

let api: E2eApi;
let runner: ProjectionRunner;
let admin: Record<string, string>;
let tenantAdmin: Record<string, string>;
let staff: Record<string, string>;
const tenant = uniqueTenant('kota-bontang');
const base = `/api/v1/tenants/${tenant}`;

async function official(email: string, post: string): Promise<Record<string, string>> {
  const password = `${post}-password`;
  await api.http
    .post(`${base}/officials`)
    .set(admin)
    .send({ email, displayName: email, password, posts: [{ post }] })
    .expect(201);
  return api.auth(await api.signIn(email, password));
}

beforeAll(async () => {
  api = await startApi();
  runner = createProjectionRunner(api.app.get(DataSource), api.app.get<EventStore>(EVENT_STORE));
  admin = api.auth(await api.adminToken());
  await api.http
    .post('/api/v1/tenants')
    .set(admin)
    .send({ code: tenant, name: 'Kota Bontang', kind: 'kota' });
  await api.http.post(`${base}/agencies`).set(admin).send({ code: 'bkpsdm', name: 'BKPSDM' }).expect(201);
  await api.http
    .post(`${base}/agencies/bkpsdm/units`)
    .set(admin)
    .send({ code: 'sekretariat', name: 'Sekretariat' });
  const posts = [
    { code: 'admin-jejak', title: 'Administrator Jejak', agency: 'bkpsdm', role: 'tenant-admin' },
    { code: 'staf', title: 'Staf', agency: 'bkpsdm', unit: 'sekretariat', role: 'staff' },
  ];
  for (const body of posts) await api.http.post(`${base}/posts`).set(admin).send(body).expect(201);
  tenantAdmin = await official(`admin@${tenant}.test`, 'admin-jejak');
  staff = await official(`staf@${tenant}.test`, 'staf');
});

afterAll(() => api?.close());

describe("stating the tenant's conventions (tenant administrator)", () => {
  it('makes version 1 from the fiscal year, in full with the defaults', async () => {
    const res = await api.http
      .put(`${base}/conventions`)
      .set(tenantAdmin)
      .send({ fromFiscalYear: 2020, conventions: bontang2020 })
      .expect(200);
    expect(res.body).toEqual({
      tenant,
      version: 1,
      fromFiscalYear: 2020,
      conventions: { ...DEFAULT_CONVENTIONS, ...bontang2020 },
      revision: 0,
      recorded: true,
    });
    expect(res.headers.etag).toBe('"0"');
  });

  it('records nothing when that year is stated again the same', async () => {
    const res = await api.http
      .put(`${base}/conventions`)
      .set(tenantAdmin)
      .send({ fromFiscalYear: 2020, conventions: bontang2020 })
      .expect(200);
    expect(res.body).toMatchObject({ version: 1, revision: 0, recorded: false });
  });

  it('makes version 2 from a later year, honouring If-Match', async () => {
    const sent = { fromFiscalYear: 2022, conventions: { rounding: { mode: 'truncate', decimals: 1 } } };
    const stale = await api.http
      .put(`${base}/conventions`)
      .set(tenantAdmin)
      .set('If-Match', '"3"')
      .send(sent);
    expectProblem(stale, 409, 'EVENTSTORE.WRONG_EXPECTED_REVISION');
    const res = await api.http
      .put(`${base}/conventions`)
      .set(tenantAdmin)
      .set('If-Match', '"0"')
      .send(sent)
      .expect(200);
    expect(res.body).toMatchObject({ version: 2, fromFiscalYear: 2022, revision: 1, recorded: true });
    expect(res.body.conventions.rounding).toEqual({ mode: 'truncate', decimals: 1 });
  });

  it('refuses bands out of order: 400 naming the band', async () => {
    const res = await api.http
      .put(`${base}/conventions`)
      .set(tenantAdmin)
      .send({
        fromFiscalYear: 2024,
        conventions: {
          achievementBands: [
            { from: 70, label: 'Berhasil' },
            { from: 85, label: 'Sangat Berhasil' },
            { from: null, label: 'Tidak Berhasil' },
          ],
        },
      });
    expectProblem(res, 400, 'TENANCY.INVALID_CONVENTIONS');
    expect(fieldPaths(res)).toEqual(['conventions.achievementBands[1].from']);
  });

  it('refuses a last band with a bound: 400 naming it', async () => {
    const res = await api.http
      .put(`${base}/conventions`)
      .set(tenantAdmin)
      .send({
        fromFiscalYear: 2024,
        conventions: { efficiency: { bands: [{ from: 1, label: 'Efisien' }] } },
      });
    expectProblem(res, 400, 'TENANCY.INVALID_CONVENTIONS');
    expect(fieldPaths(res)).toEqual(['conventions.efficiency.bands[0].from']);
  });

  it('refuses malformed parts: 400 naming each field', async () => {
    const res = await api.http
      .put(`${base}/conventions`)
      .set(tenantAdmin)
      .send({
        fromFiscalYear: 24,
        conventions: { rounding: { decimals: 5 }, achievementBands: [{ from: 'x' }] },
      });
    expectProblem(res, 400, 'REQUEST.VALIDATION_FAILED');
    expect(fieldPaths(res)).toEqual(
      expect.arrayContaining([
        'fromFiscalYear',
        'conventions.rounding.decimals',
        'conventions.achievementBands[0].from',
        'conventions.achievementBands[0].label',
      ]),
    );
  });

  it('is refused to a staff account: 403', async () => {
    const res = await api.http
      .put(`${base}/conventions`)
      .set(staff)
      .send({ fromFiscalYear: 2024, conventions: {} });
    expectProblem(res, 403, 'ACCESS.DENIED');
  });
});

describe('reading the conventions, once the projector caught up', () => {
  beforeAll(() => runner.catchUp());

  it('lists every version, with the revision as ETag', async () => {
    const res = await api.http.get(`${base}/conventions`).set(staff).expect(200);
    expect(res.headers.etag).toBe('"1"');
    expect(
      res.body.items.map((v: { version: number; fromFiscalYear: number }) => [v.version, v.fromFiscalYear]),
    ).toEqual([
      [1, 2020],
      [2, 2022],
    ]);
  });

  it.each([
    [2021, 1],
    [2022, 2],
    [2024, 2],
  ])('answers for %i the version in force: %i', async (year, version) => {
    const res = await api.http.get(`${base}/conventions?year=${year}`).set(staff).expect(200);
    expect(res.body).toMatchObject({ tenant, year, version, revision: 1 });
  });

  it('answers version 0, the platform defaults, before the first version stated', async () => {
    const res = await api.http.get(`${base}/conventions?year=2019`).set(staff).expect(200);
    expect(res.body).toMatchObject({ version: 0, conventions: DEFAULT_CONVENTIONS, changedAt: null });
  });

  it('refuses a year that is not one: 400 naming it', async () => {
    const res = await api.http.get(`${base}/conventions?year=next`).set(staff);
    expectProblem(res, 400, 'REQUEST.VALIDATION_FAILED');
    expect(fieldPaths(res)).toEqual(['year']);
  });
});
