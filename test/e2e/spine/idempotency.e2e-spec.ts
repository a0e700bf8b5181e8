import { randomUUID } from 'node:crypto';
import { E2eApi, startApi, uniqueTenant } from '../support/e2e-app';
import { expectProblem } from '../support/problem';

describe('Idempotency-Key on command endpoints', () => {
  let api: E2eApi;
  let admin: Record<string, string>;
  beforeAll(async () => {
    api = await startApi();
    admin = api.auth(await api.adminToken());
  });
  afterAll(() => api?.close());

  const body = (tenant: string) => ({
    email: `idem-${randomUUID()}@${tenant}.test`,
    displayName: 'Idem',
    password: 'long-enough',
  });

  it('replays the stored response for the same request: same status, body and headers', async () => {
    const tenant = uniqueTenant();
    const key = randomUUID();
    const sent = body(tenant);
    const first = await api.http
      .post(`/api/v1/tenants/${tenant}/accounts`)
      .set(admin)
      .set('Idempotency-Key', key)
      .send(sent)
      .expect(201);
    const again = await api.http
      .post(`/api/v1/tenants/${tenant}/accounts`)
      .set(admin)
      .set('Idempotency-Key', key)
      .send(sent)
      .expect(201);
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body).toEqual(first.body);
    expect(again.headers.etag).toBe(first.headers.etag);
    expect(again.headers.location).toBe(first.headers.location);
  });

  it('refuses the key with a different request: 422 IDEMPOTENCY.KEY_REUSED', async () => {
    const tenant = uniqueTenant();
    const key = randomUUID();
    await api.http
      .post(`/api/v1/tenants/${tenant}/accounts`)
      .set(admin)
      .set('Idempotency-Key', key)
      .send(body(tenant))
      .expect(201);
    const res = await api.http
      .post(`/api/v1/tenants/${tenant}/accounts`)
      .set(admin)
      .set('Idempotency-Key', key)
      .send(body(tenant));
    expectProblem(res, 422, 'IDEMPOTENCY.KEY_REUSED');
  });

  it('answers a duplicate that arrives while the first still runs with 409', async () => {
    const tenant = uniqueTenant();
    const key = randomUUID();
    const sent = body(tenant);
    const send = () =>
      api.http.post(`/api/v1/tenants/${tenant}/accounts`).set(admin).set('Idempotency-Key', key).send(sent);
    const results = await Promise.all([send(), send()]);
    const statuses = results.map((r) => r.status).sort();
    expect(statuses).toEqual([201, 409]);
    expect(results.find((r) => r.status === 409)?.body.code).toBe('IDEMPOTENCY.IN_PROGRESS');
  });

  it('forgets a failed request, so that it can be retried with the same key', async () => {
    const tenant = uniqueTenant();
    const key = randomUUID();
    const taken = await api.createTenantAccount(tenant);
    const sent = { email: taken.email, displayName: 'Twin', password: 'long-enough' };
    await api.http
      .post(`/api/v1/tenants/${tenant}/accounts`)
      .set(admin)
      .set('Idempotency-Key', key)
      .send(sent)
      .expect(422);
    const retry = await api.http
      .post(`/api/v1/tenants/${tenant}/accounts`)
      .set(admin)
      .set('Idempotency-Key', key)
      .send(sent)
      .expect(422);
    expect(retry.headers['idempotent-replayed']).toBeUndefined();
  });

  it('keeps keys apart per tenant and account', async () => {
    const tenant = uniqueTenant();
    const key = randomUUID();
    await api.http
      .post(`/api/v1/tenants/${tenant}/accounts`)
      .set(admin)
      .set('Idempotency-Key', key)
      .send(body(tenant))
      .expect(201);
    const other = uniqueTenant();
    await api.http
      .post(`/api/v1/tenants/${other}/accounts`)
      .set(admin)
      .set('Idempotency-Key', key)
      .send(body(other))
      .expect(201);
  });

  it('refuses a key over 200 characters: 400', async () => {
    const tenant = uniqueTenant();
    const res = await api.http
      .post(`/api/v1/tenants/${tenant}/accounts`)
      .set(admin)
      .set('Idempotency-Key', 'k'.repeat(201))
      .send(body(tenant));
    expectProblem(res, 400, 'IDEMPOTENCY.KEY_INVALID');
  });
});
