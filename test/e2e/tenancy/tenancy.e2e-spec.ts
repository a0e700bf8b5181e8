import { EVENT_STORE, EventStore } from '@jejak/eventstore';
import { ProjectionRunner } from '@jejak/projections';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createProjectionRunner } from '../../../apps/worker/src/projections';
import { E2eApi, startApi, uniqueTenant } from '../support/e2e-app';

let api: E2eApi;
let http: ReturnType<typeof request>;
let runner: ProjectionRunner;
let admin: Record<string, string>;

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
const signIn = (email: string, password: string): Promise<string> => api.signIn(email, password);

function expectProblem(res: request.Response, status: number, code: string): void {
  expect(res.status).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(res.body).toMatchObject({ status, code });
}

const dumai = uniqueTenant('kota-dumai');
const bontang = uniqueTenant('kota-bontang');
const newTenant = (code: string, name: string) => ({ code, name, kind: 'kota', province: 'Riau' });

beforeAll(async () => {
  api = await startApi();
  http = api.http;
  // The worker's runner, in-process: the read models catch up when the test says so.
  runner = createProjectionRunner(api.app.get(DataSource), api.app.get<EventStore>(EVENT_STORE));
  admin = bearer(await api.adminToken());
});

afterAll(() => api?.close());

describe('creating a tenant (platform administrator)', () => {
  it('answers 201 with the revision, its ETag and the Location', async () => {
    const res = await http
      .post('/api/v1/tenants')
      .set(admin)
      .send(newTenant(dumai, 'Pemerintah Kota Dumai'))
      .expect(201);
    expect(res.body).toEqual({ tenant: dumai, revision: 0 });
    expect(res.headers.etag).toBe('"0"');
    expect(res.headers.location).toBe(`/api/v1/tenants/${dumai}`);
    await http
      .post('/api/v1/tenants')
      .set(admin)
      .send({ code: bontang, name: 'Pemerintah Kota Bontang', kind: 'kota' })
      .expect(201);
  });

  it('refuses a code that is taken: 422 TENANCY.TENANT_EXISTS', async () => {
    const res = await http.post('/api/v1/tenants').set(admin).send(newTenant(dumai, 'Pemerintah Kota Dumai'));
    expectProblem(res, 422, 'TENANCY.TENANT_EXISTS');
    expect(res.body.errors).toEqual([expect.objectContaining({ path: 'code' })]);
  });

  it('refuses malformed input with 400 naming each field', async () => {
    const res = await http
      .post('/api/v1/tenants')
      .set(admin)
      .send({ code: 'Kota Dumai', name: '', kind: 'desa' });
    expectProblem(res, 400, 'REQUEST.VALIDATION_FAILED');
    expect(res.body.errors.map((e: { path: string }) => e.path)).toEqual(
      expect.arrayContaining(['code', 'name', 'kind']),
    );
  });
});

describe('creating an agency', () => {
  it('answers 201 with the revision, its ETag and the Location', async () => {
    const res = await http
      .post(`/api/v1/tenants/${dumai}/agencies`)
      .set(admin)
      .send({
        code: 'bkpsdm',
        name: 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia',
        shortName: 'BKPSDM',
      })
      .expect(201);
    expect(res.body).toEqual({ tenant: dumai, agency: 'bkpsdm', revision: 0 });
    expect(res.headers.etag).toBe('"0"');
    expect(res.headers.location).toBe(`/api/v1/tenants/${dumai}/agencies/bkpsdm`);
  });

  it('refuses a code that is taken in the tenant: 422 TENANCY.AGENCY_EXISTS', async () => {
    const res = await http
      .post(`/api/v1/tenants/${dumai}/agencies`)
      .set(admin)
      .send({ code: 'bkpsdm', name: 'Badan Kepegawaian' });
    expectProblem(res, 422, 'TENANCY.AGENCY_EXISTS');
  });

  it('refuses a tenant that does not exist: 404 TENANCY.UNKNOWN_TENANT', async () => {
    const res = await http
      .post(`/api/v1/tenants/${uniqueTenant('kota-batam')}/agencies`)
      .set(admin)
      .send({ code: 'bkpsdm', name: 'Badan' });
    expectProblem(res, 404, 'TENANCY.UNKNOWN_TENANT');
  });

  it('refuses a code that is not a slug with 400 naming it', async () => {
    const res = await http
      .post(`/api/v1/tenants/${dumai}/agencies`)
      .set(admin)
      .send({ code: 'BKPSDM!', name: 'Badan' });
    expectProblem(res, 400, 'REQUEST.VALIDATION_FAILED');
    expect(res.body.errors.map((e: { path: string }) => e.path)).toEqual(['code']);
  });
});

describe('the tenant directory, once the projector caught up', () => {
  beforeAll(() => runner.catchUp());

  it('lists every tenant to the platform administrator', async () => {
    const res = await http.get('/api/v1/tenants').set(admin).expect(200);
    expect(res.body.items.map((t: { tenant: string }) => t.tenant)).toEqual(
      expect.arrayContaining([dumai, bontang]),
    );
  });

  it('shows one tenant with its revision as the ETag', async () => {
    const res = await http.get(`/api/v1/tenants/${dumai}`).set(admin).expect(200);
    expect(res.body).toMatchObject({
      tenant: dumai,
      name: 'Pemerintah Kota Dumai',
      kind: 'kota',
      province: 'Riau',
      revision: 0,
    });
    expect(res.headers.etag).toBe('"0"');
  });

  it("lists a tenant's agencies", async () => {
    const res = await http.get(`/api/v1/tenants/${dumai}/agencies`).set(admin).expect(200);
    expect(res.body.items).toEqual([
      expect.objectContaining({ tenant: dumai, agency: 'bkpsdm', shortName: 'BKPSDM' }),
    ]);
  });

  it('answers 404 for a tenant that does not exist', async () => {
    expectProblem(
      await http.get(`/api/v1/tenants/${uniqueTenant('kota-batam')}`).set(admin),
      404,
      'TENANCY.UNKNOWN_TENANT',
    );
  });
});

describe("a tenant's own account", () => {
  let official: Record<string, string>;
  beforeAll(async () => {
    const email = `official@${dumai}.test`;
    const password = 'a-long-enough-password';
    await http
      .post(`/api/v1/tenants/${dumai}/accounts`)
      .set(admin)
      .send({ email, password, displayName: 'Pejabat Dumai', posts: [] })
      .expect(201);
    official = bearer(await signIn(email, password));
  });

  it('sees its own tenant only', async () => {
    const res = await http.get('/api/v1/tenants').set(official).expect(200);
    expect(res.body.items.map((t: { tenant: string }) => t.tenant)).toEqual([dumai]);
  });

  it('finds no other tenant, nor its agencies: 404', async () => {
    expectProblem(await http.get(`/api/v1/tenants/${bontang}`).set(official), 404, 'NOT_FOUND');
    expectProblem(await http.get(`/api/v1/tenants/${bontang}/agencies`).set(official), 404, 'NOT_FOUND');
  });

  it('may not create tenants: 403', async () => {
    const res = await http
      .post('/api/v1/tenants')
      .set(official)
      .send(newTenant(uniqueTenant('kota-x'), 'X'));
    expect(res.status).toBe(403);
  });
});
