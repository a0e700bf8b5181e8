import { E2eApi, startApi, uniqueTenant } from '../support/e2e-app';
import { expectProblem, fieldPaths } from '../support/problem';

describe('what a client sends never makes a 500', () => {
  let api: E2eApi;
  let admin: Record<string, string>;
  beforeAll(async () => {
    api = await startApi();
    admin = api.auth(await api.adminToken());
  });
  afterAll(() => api?.close());

  it('malformed JSON: 400 without echoing the parser', async () => {
    const res = await api.http
      .post('/api/v1/auth/token')
      .set('Content-Type', 'application/json')
      .send('{"email": "a@b.c", ');
    expectProblem(res, 400, 'REQUEST.MALFORMED_JSON');
    expect(res.body.detail).toBe('The request body is not valid JSON.');
  });

  it('a body over the limit: 413', async () => {
    const res = await api.http
      .post('/api/v1/auth/token')
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ email: 'a@b.c', password: 'x'.repeat(3 * 1024 * 1024) }));
    expectProblem(res, 413, 'REQUEST.TOO_LARGE');
  });

  it('a body that is not JSON: 415', async () => {
    const res = await api.http
      .post('/api/v1/auth/token')
      .set('Content-Type', 'text/plain')
      .send('email=a@b.c');
    expectProblem(res, 415, 'REQUEST.UNSUPPORTED_MEDIA_TYPE');
  });

  it('a JSON array or scalar where an object is expected: 400', async () => {
    expectProblem(
      await api.http.post('/api/v1/auth/token').set('Content-Type', 'application/json').send('[1,2]'),
      400,
      'REQUEST.VALIDATION_FAILED',
    );
    expectProblem(
      await api.http.post('/api/v1/auth/token').set('Content-Type', 'application/json').send('"x"'),
      400,
      'REQUEST.MALFORMED_JSON',
    );
  });

  it('no body at all where one is expected: 400 naming the fields', async () => {
    const res = await api.http.post('/api/v1/auth/token');
    expectProblem(res, 400, 'REQUEST.VALIDATION_FAILED');
    expect(fieldPaths(res)).toEqual(expect.arrayContaining(['email', 'password']));
  });

  it('every offending field path, nested ones included', async () => {
    const res = await api.http
      .post(`/api/v1/tenants/${uniqueTenant()}/accounts`)
      .set(admin)
      .send({
        email: 'not-an-email',
        displayName: 'X',
        password: 'long-enough',
        posts: [{ post: 'p1' }, { post: 7, acting: 'yes' }],
      });
    expectProblem(res, 400, 'REQUEST.VALIDATION_FAILED');
    const paths = fieldPaths(res);
    expect(paths).toEqual(expect.arrayContaining(['email', 'posts[1].post', 'posts[1].acting']));
    expect(paths).not.toContain('posts[0].post');
  });

  it('an unknown nested field: 400 naming its path', async () => {
    const res = await api.http
      .post(`/api/v1/tenants/${uniqueTenant()}/accounts`)
      .set(admin)
      .send({
        email: 'n@x.test',
        displayName: 'X',
        password: 'long-enough',
        posts: [{ post: 'p1', salary: 1 }],
      });
    expectProblem(res, 400, 'REQUEST.VALIDATION_FAILED');
    expect(res.body.errors).toEqual([{ path: 'posts[0].salary', message: 'is not an allowed field' }]);
  });

  it('an unknown route: 404 problem', async () => {
    expectProblem(await api.http.get('/api/v1/nothing-here').set(admin), 404, 'NOT_FOUND');
  });

  it('a malformed percent-encoding in the path: 400', async () => {
    expectProblem(
      await api.http.get('/api/v1/tenants/%E0%A4%A/accounts/x').set(admin),
      400,
      'REQUEST.BAD_REQUEST',
    );
  });

  it('echoes the client correlation id, on problems too', async () => {
    const res = await api.http.get('/api/v1/auth/me').set('X-Correlation-Id', 'trace-123');
    expect(res.headers['x-correlation-id']).toBe('trace-123');
    expect(res.body.correlationId).toBe('trace-123');
    const generated = await api.http.get('/health');
    expect(generated.headers['x-correlation-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  describe('ETag and If-Match', () => {
    it('a new account carries its revision as ETag and Location', async () => {
      const tenant = uniqueTenant();
      const res = await api.http
        .post(`/api/v1/tenants/${tenant}/accounts`)
        .set(admin)
        .send({ email: `e-${tenant}@x.test`, displayName: 'E', password: 'long-enough' });
      expect(res.status).toBe(201);
      expect(res.headers.etag).toBe('"0"');
      expect(res.headers.location).toBe(`/api/v1/tenants/${tenant}/accounts/${res.body.id}`);
    });

    it('a malformed If-Match: 400', async () => {
      const official = await api.createTenantAccount(uniqueTenant());
      const res = await api.http
        .post(`/api/v1/tenants/${official.tenant}/accounts/${official.id}/disable`)
        .set(admin)
        .set('If-Match', 'three');
      expectProblem(res, 400, 'REQUEST.MALFORMED_IF_MATCH');
      expect(res.body.errors).toEqual([{ path: 'If-Match', message: expect.any(String) }]);
    });

    it('a stale If-Match: 409 with the current revision; the current one succeeds', async () => {
      const official = await api.createTenantAccount(uniqueTenant());
      const url = `/api/v1/tenants/${official.tenant}/accounts/${official.id}/disable`;
      const stale = await api.http.post(url).set(admin).set('If-Match', '"5"');
      expectProblem(stale, 409, 'EVENTSTORE.WRONG_EXPECTED_REVISION');
      expect(stale.body).toMatchObject({ currentRevision: 0, expectedRevision: 5 });
      const done = await api.http.post(url).set(admin).set('If-Match', '"0"').expect(200);
      expect(done.headers.etag).toBe('"1"');
      expect(done.body).toMatchObject({ id: official.id, disabled: true, revision: 1 });
    });

    it('a refused rule of the domain: 422 with its code', async () => {
      const official = await api.createTenantAccount(uniqueTenant());
      const url = `/api/v1/tenants/${official.tenant}/accounts/${official.id}/disable`;
      await api.http.post(url).set(admin).expect(200);
      expectProblem(await api.http.post(url).set(admin), 422, 'IDENTITY.ACCOUNT_ALREADY_DISABLED');
    });

    it('an email already registered: 422 naming the field', async () => {
      const official = await api.createTenantAccount(uniqueTenant());
      const res = await api.http
        .post(`/api/v1/tenants/${official.tenant}/accounts`)
        .set(admin)
        .send({ email: official.email, displayName: 'Twin', password: 'long-enough' });
      expectProblem(res, 422, 'IDENTITY.EMAIL_TAKEN');
      expect(fieldPaths(res)).toEqual(['email']);
    });
  });
});
