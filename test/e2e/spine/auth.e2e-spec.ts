import { E2eApi, startApi, uniqueTenant } from '../support/e2e-app';
import { expectProblem, fieldPaths } from '../support/problem';

describe('signing in and the auth guard', () => {
  let api: E2eApi;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api?.close());

  describe('POST /api/v1/auth/token', () => {
    it('issues a bearer token to the platform administrator made at start-up', async () => {
      const res = await api.http
        .post('/api/v1/auth/token')
        .send({ email: api.config.adminEmail, password: api.config.adminPassword })
        .expect(200);
      expect(res.body).toMatchObject({
        accessToken: expect.any(String),
        tokenType: 'Bearer',
        expiresIn: api.config.jwtTtlSeconds,
        account: {
          id: expect.any(String),
          email: api.config.adminEmail,
          tenant: null,
          posts: [],
          platformAdmin: true,
        },
      });
      const claims = JSON.parse(Buffer.from(res.body.accessToken.split('.')[1], 'base64url').toString());
      expect(claims).toMatchObject({
        sub: res.body.account.id,
        tenant: null,
        adm: true,
        posts: [],
        name: expect.any(String),
      });
      expect(JSON.parse(Buffer.from(res.body.accessToken.split('.')[0], 'base64url').toString()).alg).toBe(
        'HS256',
      );
    });

    it('issues a tenant account a token naming its tenant and posts', async () => {
      const tenant = uniqueTenant('kota-dumai');
      const official = await api.createTenantAccount(tenant, {
        posts: [{ post: 'kepala-bkpsdm', agency: 'bkpsdm' }],
      });
      const res = await api.http
        .post('/api/v1/auth/token')
        .send({ email: official.email.toUpperCase(), password: official.password })
        .expect(200);
      expect(res.body.account).toEqual({
        id: official.id,
        email: official.email,
        name: official.email,
        tenant,
        posts: [{ post: 'kepala-bkpsdm', agency: 'bkpsdm' }],
        platformAdmin: false,
      });
    });

    it('answers a wrong password and an unknown email alike: 401', async () => {
      const wrong = await api.http
        .post('/api/v1/auth/token')
        .send({ email: api.config.adminEmail, password: 'not-the-password' });
      const unknown = await api.http
        .post('/api/v1/auth/token')
        .send({ email: 'nobody@nowhere.test', password: 'whatever' });
      expectProblem(wrong, 401, 'AUTH.INVALID_CREDENTIALS');
      expectProblem(unknown, 401, 'AUTH.INVALID_CREDENTIALS');
      expect(unknown.body.detail).toBe(wrong.body.detail);
      expect(wrong.headers['www-authenticate']).toBe('Bearer');
    });

    it('names a missing field: 400', async () => {
      const res = await api.http.post('/api/v1/auth/token').send({ email: api.config.adminEmail });
      expectProblem(res, 400, 'REQUEST.VALIDATION_FAILED');
      expect(fieldPaths(res)).toContain('password');
    });

    it('refuses an unknown field: 400 naming it', async () => {
      const res = await api.http
        .post('/api/v1/auth/token')
        .send({ email: api.config.adminEmail, password: api.config.adminPassword, remember: true });
      expectProblem(res, 400, 'REQUEST.VALIDATION_FAILED');
      expect(res.body.errors).toEqual([{ path: 'remember', message: 'is not an allowed field' }]);
    });
  });

  describe('a protected route', () => {
    it('needs a bearer token: 401', async () => {
      expectProblem(await api.http.get('/api/v1/auth/me'), 401, 'AUTH.MISSING_TOKEN');
    });

    it('refuses a bad or forged token: 401', async () => {
      expectProblem(
        await api.http.get('/api/v1/auth/me').set(api.auth('not.a.jwt')),
        401,
        'AUTH.INVALID_TOKEN',
      );
      const [header, , signature] = (await api.adminToken()).split('.');
      const forged = Buffer.from(
        JSON.stringify({ sub: 'x', tenant: null, adm: true, posts: [], name: 'x' }),
      ).toString('base64url');
      expectProblem(
        await api.http.get('/api/v1/auth/me').set(api.auth(`${header}.${forged}.${signature}`)),
        401,
        'AUTH.INVALID_TOKEN',
      );
    });

    it('acts in the post named by X-Jejak-Post, if the account holds it', async () => {
      const official = await api.createTenantAccount(uniqueTenant(), {
        posts: [{ post: 'kepala' }, { post: 'sekretaris', acting: true }],
      });
      const me = await api.http
        .get('/api/v1/auth/me')
        .set(api.auth(official.token))
        .set('X-Jejak-Post', 'sekretaris')
        .expect(200);
      expect(me.body).toMatchObject({
        account: official.id,
        post: 'sekretaris',
        tenant: official.tenant,
        platformAdmin: false,
      });
      const unnamed = await api.http.get('/api/v1/auth/me').set(api.auth(official.token)).expect(200);
      expect(unnamed.body.post).toBeUndefined();
      expectProblem(
        await api.http.get('/api/v1/auth/me').set(api.auth(official.token)).set('X-Jejak-Post', 'walikota'),
        403,
        'AUTH.POST_NOT_HELD',
      );
    });

    it('knows who the token belongs to', async () => {
      const res = await api.http
        .get('/api/v1/auth/me')
        .set(api.auth(await api.adminToken()))
        .expect(200);
      expect(res.body).toMatchObject({ tenant: null, platformAdmin: true });
    });
  });

  describe('a platform-administrator-only route', () => {
    it('refuses a tenant account of the same tenant: 403', async () => {
      const tenant = uniqueTenant('kota-bontang');
      const official = await api.createTenantAccount(tenant);
      const res = await api.http
        .post(`/api/v1/tenants/${tenant}/accounts`)
        .set(api.auth(official.token))
        .send({ email: 'someone@bontang.test', displayName: 'Someone', password: 'long-enough' });
      expectProblem(res, 403, 'AUTH.PLATFORM_ADMIN_ONLY');
    });
  });

  describe('a /tenants/:tenant route', () => {
    it("gives a tenant account 404 for another tenant's route, as if it did not exist", async () => {
      const mine = uniqueTenant('kota-dumai');
      const theirs = uniqueTenant('kota-bontang');
      const official = await api.createTenantAccount(mine);
      const other = await api.createTenantAccount(theirs);
      expectProblem(
        await api.http.get(`/api/v1/tenants/${theirs}/accounts/${other.id}`).set(api.auth(official.token)),
        404,
        'NOT_FOUND',
      );
      await api.http
        .get(`/api/v1/tenants/${mine}/accounts/${official.id}`)
        .set(api.auth(official.token))
        .expect(200);
    });

    it('binds the platform administrator to that tenant: row-level security hides the others', async () => {
      const a = uniqueTenant('kota-a');
      const b = uniqueTenant('kota-b');
      const inA = await api.createTenantAccount(a);
      const inB = await api.createTenantAccount(b);
      const admin = api.auth(await api.adminToken());
      const seen = await api.http.get(`/api/v1/tenants/${a}/accounts/${inA.id}`).set(admin).expect(200);
      expect(seen.body).toMatchObject({ id: inA.id, tenant: a, revision: 0 });
      expect(seen.headers.etag).toBe('"0"');
      // The id exists, but in tenant b: through tenant a's route the database does not return it.
      expectProblem(
        await api.http.get(`/api/v1/tenants/${a}/accounts/${inB.id}`).set(admin),
        404,
        'NOT_FOUND',
      );
    });

    it('refuses a malformed id with 400 naming the parameter', async () => {
      const res = await api.http
        .get(`/api/v1/tenants/kota-x/accounts/not-a-uuid`)
        .set(api.auth(await api.adminToken()));
      expectProblem(res, 400, 'REQUEST.VALIDATION_FAILED');
      expect(res.body.errors).toEqual([{ path: 'id', message: 'must be a UUID' }]);
    });
  });

  describe('a disabled account', () => {
    it('can no longer sign in', async () => {
      const tenant = uniqueTenant('kota-c');
      const official = await api.createTenantAccount(tenant);
      await api.http
        .post(`/api/v1/tenants/${tenant}/accounts/${official.id}/disable`)
        .set(api.auth(await api.adminToken()))
        .expect(200);
      expectProblem(
        await api.http
          .post('/api/v1/auth/token')
          .send({ email: official.email, password: official.password }),
        401,
        'AUTH.INVALID_CREDENTIALS',
      );
    });
  });
});
