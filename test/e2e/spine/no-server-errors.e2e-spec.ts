/*
 * "Never a 500 for what a client sent": every operation the OpenAPI document lists is called
 * with hostile input — wrong types, unknown fields, arrays where objects belong, absurd path
 * parameters — as the platform administrator (who passes every permission check, so the input
 * reaches the deepest code). Each answer must be a 4xx problem document, or a 2xx; never 5xx.
 */
import { E2eApi, startApi, uniqueTenant } from '../support/e2e-app';

type Operation = { method: 'get' | 'post' | 'put' | 'patch' | 'delete'; path: string };

const HOSTILE_BODIES: unknown[] = [
  {},
  { unexpected: true },
  [],
  { code: 12, name: ['x'], fiscalYear: 'dua ribu', period: { from: 'a', to: null }, targets: 'none' },
  { budget: [{ program: null, amount: -1 }], value: 1e308, year: -5, email: 5, password: {} },
];

const HOSTILE_PARAMS = ['%ZZ', 'x'.repeat(300), '..', '0', "a'; drop table events; --"];

function operationsOf(document: { paths: Record<string, Record<string, unknown>> }): Operation[] {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    (['get', 'post', 'put', 'patch', 'delete'] as const)
      .filter((m) => m in item)
      .map((method) => ({ method, path })),
  );
}

function fill(path: string, tenant: string, value: string): string {
  return path.replace(/\{(\w+)\}/g, (_all, name: string) => (name === 'tenant' ? tenant : value));
}

describe('every operation of the API, given hostile input', () => {
  let api: E2eApi;
  let operations: Operation[];
  let token: string;
  const tenant = uniqueTenant('kota-fuzz');

  beforeAll(async () => {
    api = await startApi();
    token = await api.adminToken();
    operations = operationsOf((await api.http.get('/api/docs-json')).body);
    await api.http
      .post('/api/v1/tenants')
      .set(api.auth(token))
      .send({ code: tenant, name: 'Pemerintah Kota Fuzz', kind: 'kota' })
      .expect(201);
    // An existing agency, so that agency routes get past the 404 into their deepest code.
    await api.http
      .post(`/api/v1/tenants/${tenant}/agencies`)
      .set(api.auth(token))
      .send({ code: 'bkpsdm', name: 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia' })
      .expect(201);
  });
  afterAll(() => api.close());

  it('lists the operations it is about to call', () => {
    expect(operations.length).toBeGreaterThan(20);
  });

  it('answers hostile bodies with a 4xx problem, never a 5xx', async () => {
    const failures: string[] = [];
    for (const { method, path } of operations.filter((o) => o.method !== 'get')) {
      for (const body of HOSTILE_BODIES) {
        const res = await api.http[method](fill(path, tenant, 'bkpsdm'))
          .set(api.auth(token))
          .send(body as object);
        if (res.status >= 500)
          failures.push(`${method.toUpperCase()} ${path} ${JSON.stringify(body)} → ${res.status}`);
        else if (res.status >= 400 && !/problem\+json/.test(res.headers['content-type'] ?? ''))
          failures.push(`${method.toUpperCase()} ${path} → ${res.status} without a problem document`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('answers absurd path and query parameters with a 4xx, never a 5xx', async () => {
    const failures: string[] = [];
    for (const { method, path } of operations) {
      for (const value of HOSTILE_PARAMS) {
        const url = `${fill(path, tenant, encodeURIComponent(value))}?year=${encodeURIComponent(value)}&limit=-1`;
        const res = await api.http[method](url).set(api.auth(token)).send({});
        if (res.status >= 500) failures.push(`${method.toUpperCase()} ${url} → ${res.status}`);
      }
    }
    expect(failures).toEqual([]);
  });
});
