import { E2eApi, startApi } from '../support/e2e-app';

describe('operations endpoints', () => {
  let api: E2eApi;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api?.close());

  it('GET /health reports the database, Redis, the event store and projector lag, without a token', async () => {
    const res = await api.http.get('/health').expect(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.body).toMatchObject({
      status: 'ok',
      details: {
        database: { status: 'up' },
        redis: { status: 'up' },
        eventStore: { status: 'up' },
        projections: { status: 'up', projectors: expect.any(Array) },
      },
    });
  });

  it('serves the OpenAPI document at /api/docs-json with the bearer scheme', async () => {
    const res = await api.http.get('/api/docs-json').expect(200);
    expect(res.body.openapi).toMatch(/^3\./);
    expect(res.body.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(Object.keys(res.body.paths)).toEqual(expect.arrayContaining(['/api/v1/auth/token', '/health']));
  });

  it('serves the OpenAPI UI at /api/docs', async () => {
    const res = await api.http.get('/api/docs/');
    expect(res.status).toBe(200);
    expect(res.text).toContain('swagger');
  });
});
