/*
 * A tenant's organisation over HTTP: the platform administrator brings Kota Dumai's BKPSDM on
 * (fixtures/kota-dumai-bkpsdm-2024.json: its units), defines its posts and opens the tenant
 * administrator's account; the tenant administrator then opens officials' accounts holding posts.
 */
import { requestContext } from '@jejak/database';
import { EVENT_STORE, EventStore } from '@jejak/eventstore';
import { accountStream } from '@jejak/identity';
import { ProjectionRunner } from '@jejak/projections';
import { DataSource } from 'typeorm';
import { createProjectionRunner } from '../../../apps/worker/src/projections';
import { E2eApi, startApi, uniqueTenant } from '../support/e2e-app';
import { expectProblem, fieldPaths } from '../support/problem';

let api: E2eApi;
let runner: ProjectionRunner;
let admin: Record<string, string>;
const tenant = uniqueTenant('kota-dumai');
const base = `/api/v1/tenants/${tenant}`;
const claimsOf = (token: string) => JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString());

const post = (code: string, title: string, role: string, unit: string | null, superior: string | null) => ({
  code,
  title,
  agency: 'bkpsdm',
  unit,
  role,
  superior,
});

beforeAll(async () => {
  api = await startApi();
  runner = createProjectionRunner(api.app.get(DataSource), api.app.get<EventStore>(EVENT_STORE));
  admin = api.auth(await api.adminToken());
  await api.http
    .post('/api/v1/tenants')
    .set(admin)
    .send({ code: tenant, name: 'Pemerintah Kota Dumai', kind: 'kota' })
    .expect(201);
  await api.http.post(`${base}/agencies`).set(admin).send({ code: 'bkpsdm', name: 'BKPSDM' }).expect(201);
});

afterAll(() => api?.close());

describe("an agency's units (platform administrator)", () => {
  it('are added one by one, each answering the agency revision as ETag', async () => {
    const res = await api.http
      .post(`${base}/agencies/bkpsdm/units`)
      .set(admin)
      .send({ code: 'sekretariat', name: 'Sekretariat', parent: null })
      .expect(201);
    expect(res.body).toEqual({ tenant, agency: 'bkpsdm', unit: 'sekretariat', revision: 1, recorded: true });
    expect(res.headers.etag).toBe('"1"');
    expect(res.headers.location).toBe(`${base}/agencies/bkpsdm/units/sekretariat`);
    await api.http
      .post(`${base}/agencies/bkpsdm/units`)
      .set(admin)
      .set('If-Match', '"1"')
      .send({ code: 'subbag-tata-usaha', name: 'Subbagian Tata Usaha', parent: 'sekretariat' })
      .expect(201);
    await api.http
      .post(`${base}/agencies/bkpsdm/units`)
      .set(admin)
      .send({ code: 'bidang-mutasi-kepangkatan', name: 'Bidang Mutasi dan Kepangkatan' })
      .expect(201);
  });

  it('append nothing when sent again exactly so: 200', async () => {
    const res = await api.http
      .post(`${base}/agencies/bkpsdm/units`)
      .set(admin)
      .send({ code: 'sekretariat', name: 'Sekretariat' })
      .expect(200);
    expect(res.body).toMatchObject({ revision: 3, recorded: false });
  });

  it('refuse a parent that is not a unit of the agency: 422 naming it', async () => {
    const res = await api.http
      .post(`${base}/agencies/bkpsdm/units`)
      .set(admin)
      .send({ code: 'subbag-umum', name: 'Subbagian Umum', parent: 'sekretariat-daerah' });
    expectProblem(res, 422, 'TENANCY.UNKNOWN_UNIT');
    expect(fieldPaths(res)).toEqual(['parent']);
  });

  it('refuse a stale If-Match: 409', async () => {
    const res = await api.http
      .post(`${base}/agencies/bkpsdm/units`)
      .set(admin)
      .set('If-Match', '"1"')
      .send({ code: 'subbag-umum', name: 'Subbagian Umum' });
    expectProblem(res, 409, 'EVENTSTORE.WRONG_EXPECTED_REVISION');
  });

  it('need an agency that exists: 404', async () => {
    const res = await api.http
      .post(`${base}/agencies/bappeda/units`)
      .set(admin)
      .send({ code: 'x', name: 'X' });
    expectProblem(res, 404, 'TENANCY.UNKNOWN_AGENCY');
  });

  it('refuse a code that is not a slug: 400 naming it', async () => {
    const res = await api.http
      .post(`${base}/agencies/bkpsdm/units`)
      .set(admin)
      .send({ code: 'Sub Bag', name: 'X' });
    expectProblem(res, 400, 'REQUEST.VALIDATION_FAILED');
    expect(fieldPaths(res)).toEqual(['code']);
  });
});

describe("the tenant's posts (platform administrator)", () => {
  it('are defined with their roles, each under its superior', async () => {
    const posts = [
      post('admin-jejak', 'Administrator Jejak', 'tenant-admin', 'subbag-tata-usaha', null),
      post('kepala-badan', 'Kepala Badan', 'head-of-agency', null, null),
      post('sekretaris', 'Sekretaris', 'secretary', 'sekretariat', 'kepala-badan'),
      post(
        'kabid-mutasi',
        'Kepala Bidang Mutasi dan Kepangkatan',
        'head-of-unit',
        'bidang-mutasi-kepangkatan',
        'kepala-badan',
      ),
      post('staf-mutasi', 'Analis Kepegawaian', 'staff', 'bidang-mutasi-kepangkatan', 'kabid-mutasi'),
      post('pengelola-data', 'Pengelola Data Kepegawaian', 'staff', 'subbag-tata-usaha', 'sekretaris'),
    ];
    for (const body of posts) {
      const res = await api.http.post(`${base}/posts`).set(admin).send(body).expect(201);
      expect(res.body).toEqual({ tenant, post: body.code, revision: 0, recorded: true });
      expect(res.headers.location).toBe(`${base}/posts/${body.code}`);
    }
  });

  it('refuse a superior that is not a post: 422 naming it', async () => {
    const res = await api.http
      .post(`${base}/posts`)
      .set(admin)
      .send(post('kasubbag-umum', 'Kepala Subbagian Umum', 'head-of-unit', 'sekretariat', 'sekda'));
    expectProblem(res, 422, 'TENANCY.UNKNOWN_POST');
    expect(fieldPaths(res)).toEqual(['superior']);
  });

  it('refuse a role the access policy does not know: 400 naming it', async () => {
    const res = await api.http
      .post(`${base}/posts`)
      .set(admin)
      .send(post('walikota', 'Wali Kota', 'mayor', null, null));
    expectProblem(res, 400, 'REQUEST.VALIDATION_FAILED');
    expect(fieldPaths(res)).toEqual(['role']);
  });
});

describe("officials' accounts holding posts", () => {
  let tenantAdmin: Record<string, string>;
  let staff: { id: string; email: string; password: string; token: string };

  it('the platform administrator opens the first tenant administrator', async () => {
    const email = `admin@${tenant}.test`;
    const res = await api.http
      .post(`${base}/officials`)
      .set(admin)
      .send({
        email,
        displayName: 'Admin Jejak',
        password: 'admin-password',
        posts: [{ post: 'admin-jejak' }],
      })
      .expect(201);
    expect(res.body.posts).toEqual([
      { post: 'admin-jejak', agency: 'bkpsdm', unit: 'subbag-tata-usaha', role: 'tenant-admin' },
    ]);
    expect(res.headers.location).toBe(`${base}/accounts/${res.body.id}`);
    tenantAdmin = api.auth(await api.signIn(email, 'admin-password'));
  });

  it('the tenant administrator opens a staff account holding two posts; its token carries both, with roles', async () => {
    const password = 'staff-password';
    const email = `staf@${tenant}.test`;
    const res = await api.http
      .post(`${base}/officials`)
      .set(tenantAdmin)
      .send({
        email,
        displayName: 'Staf',
        password,
        posts: [{ post: 'staf-mutasi' }, { post: 'pengelola-data' }],
      })
      .expect(201);
    const token = await api.signIn(email, password);
    staff = { id: res.body.id, email, password, token };
    expect(claimsOf(token).posts).toEqual([
      { post: 'staf-mutasi', agency: 'bkpsdm', unit: 'bidang-mutasi-kepangkatan', role: 'staff' },
      { post: 'pengelola-data', agency: 'bkpsdm', unit: 'subbag-tata-usaha', role: 'staff' },
    ]);
  });

  it("records the tenant administrator's post as the actor's post", async () => {
    const store = api.app.get<EventStore>(EVENT_STORE);
    const [created] = await requestContext.run({ tenantId: tenant, platform: false }, () =>
      store.readStream(accountStream(tenant, staff.id)),
    );
    expect(created.metadata.actor).toMatchObject({ post: 'admin-jejak' });
  });

  it('refuses a post the tenant does not have: 422 naming it', async () => {
    const res = await api.http
      .post(`${base}/officials`)
      .set(tenantAdmin)
      .send({
        email: `x@${tenant}.test`,
        displayName: 'X',
        password: 'x-password',
        posts: [{ post: 'staf-mutasi' }, { post: 'sekda' }],
      });
    expectProblem(res, 422, 'TENANCY.UNKNOWN_POST');
    expect(fieldPaths(res)).toEqual(['posts[1].post']);
  });

  it('gives an account a further post (Plt.), which the next token carries', async () => {
    const url = `${base}/accounts/${staff.id}/posts`;
    const plt = { post: 'kabid-mutasi', acting: true, from: '2024-04-01', to: '2024-04-30' };
    const stale = await api.http.post(url).set(tenantAdmin).set('If-Match', '"5"').send(plt);
    expectProblem(stale, 409, 'EVENTSTORE.WRONG_EXPECTED_REVISION');
    const res = await api.http.post(url).set(tenantAdmin).set('If-Match', '"0"').send(plt).expect(200);
    expect(res.headers.etag).toBe('"1"');
    const next = claimsOf(await api.signIn(staff.email, staff.password));
    expect(next.posts).toHaveLength(3);
    expect(next.posts[2]).toEqual({
      ...plt,
      agency: 'bkpsdm',
      unit: 'bidang-mutasi-kepangkatan',
      role: 'head-of-unit',
    });
  });

  it('refuses a staff account defining posts or opening accounts: 403', async () => {
    const staffAuth = api.auth(staff.token);
    const defining = await api.http
      .post(`${base}/posts`)
      .set(staffAuth)
      .send(post('staf-baru', 'Staf', 'staff', 'sekretariat', null));
    expectProblem(defining, 403, 'ACCESS.DENIED');
    const opening = await api.http
      .post(`${base}/officials`)
      .set(staffAuth)
      .send({ email: `y@${tenant}.test`, displayName: 'Y', password: 'y-password' });
    expectProblem(opening, 403, 'ACCESS.DENIED');
  });
});

describe('the organisation, once the projector caught up', () => {
  beforeAll(() => runner.catchUp());

  it("lists an agency's units, parents first, with the agency's revision as ETag", async () => {
    const res = await api.http.get(`${base}/agencies/bkpsdm/units`).set(admin).expect(200);
    expect(res.headers.etag).toBe('"3"');
    expect(res.body.items.map((u: { unit: string; parent: string | null }) => [u.unit, u.parent])).toEqual([
      ['sekretariat', null],
      ['subbag-tata-usaha', 'sekretariat'],
      ['bidang-mutasi-kepangkatan', null],
    ]);
  });

  it("lists the tenant's posts", async () => {
    const res = await api.http.get(`${base}/posts`).set(admin).expect(200);
    expect(res.body.items).toHaveLength(6);
    expect(res.body.items).toContainEqual(
      expect.objectContaining({
        post: 'sekretaris',
        role: 'secretary',
        unit: 'sekretariat',
        superior: 'kepala-badan',
      }),
    );
  });
});
