/*
 * The API over HTTP for end-to-end suites (`*.e2e-spec.ts`): the same application main.ts runs
 * (createApp → the same pipes, filter, interceptors, guard, body limits), on the run's fresh
 * database (test/setup/global-setup.ts) and the platform administrator it makes at start-up.
 *
 *   import request from 'supertest';
 *   import { E2eApi, startApi, uniqueTenant } from '../support/e2e-app';   // path from your suite
 *
 *   let api: E2eApi;
 *   beforeAll(async () => { api = await startApi(); });
 *   afterAll(() => api.close());
 *
 *   it('…', async () => {
 *     const tenant = uniqueTenant('kota-dumai');                // suites share one database
 *     const admin = await api.adminToken();                     // platform administrator
 *     const official = await api.createTenantAccount(tenant, { posts: [{ post: 'kepala-bkpsdm' }] });
 *     await request(api.server).get(`/api/v1/tenants/${tenant}/…`).set(api.auth(official.token)).expect(200);
 *     await api.http.post(`/api/v1/tenants/${tenant}/…`).set(api.auth(admin)).send({ … }).expect(201);
 *   });
 *
 * A platform administrator's token on a `/tenants/:tenant/…` route acts *in* that tenant.
 * Problem assertions: ./problem.ts (`expectProblem(res, 404, 'NOT_FOUND')`, `fieldPaths(res)`).
 */
import { INestApplication } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import request from 'supertest';
import { JejakConfig, loadConfig } from '@jejak/config';
import { createApp, CreateAppOptions } from '../../../apps/api/src/create-app';

export interface TenantAccount {
  readonly id: string;
  readonly email: string;
  readonly password: string;
  readonly tenant: string;
  readonly token: string;
}

export interface NewTenantAccount {
  readonly email?: string;
  readonly displayName?: string;
  readonly password?: string;
  readonly posts?: ReadonlyArray<{
    post: string;
    agency?: string;
    unit?: string;
    acting?: boolean;
    from?: string;
    to?: string;
  }>;
}

export interface E2eApi {
  readonly app: INestApplication;
  readonly server: Server;
  /** `request(api.server)`, ready for `.get(…)`, `.post(…)`. */
  readonly http: ReturnType<typeof request>;
  readonly config: JejakConfig;
  /** `{ Authorization: 'Bearer …' }` for `.set(…)`. */
  auth(token: string): Record<string, string>;
  /** A token of the platform administrator (cached). */
  adminToken(): Promise<string>;
  /** Signs in over HTTP; fails the test on anything but 200. */
  signIn(email: string, password: string): Promise<string>;
  /** Opens an account in `tenant` (as the administrator, over HTTP) and signs it in. */
  createTenantAccount(tenant: string, account?: NewTenantAccount): Promise<TenantAccount>;
  close(): Promise<void>;
}

/** A tenant id no other suite of the run uses: `${prefix}-${random}`. */
export function uniqueTenant(prefix = 'tenant'): string {
  return `${prefix}-${randomBytes(4).toString('hex')}`;
}

/**
 * Starts the API (not listening: supertest binds an ephemeral port per request). `overrides`
 * change the configuration; `options.imports` adds modules beside AppModule.
 */
export async function startApi(
  overrides: Partial<JejakConfig> = {},
  options: CreateAppOptions = {},
): Promise<E2eApi> {
  const config: JejakConfig = { ...loadConfig(), logLevel: 'silent', ...overrides };
  const app = await createApp(config, options);
  await app.init();
  const server = app.getHttpServer() as Server;
  const http = request(server);
  let admin: Promise<string> | undefined;

  const signIn = async (email: string, password: string): Promise<string> => {
    const res = await request(server).post('/api/v1/auth/token').send({ email, password });
    if (res.status !== 200)
      throw new Error(`sign-in of ${email} answered ${res.status}: ${JSON.stringify(res.body)}`);
    return res.body.accessToken as string;
  };
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
  const adminToken = () => (admin ??= signIn(config.adminEmail, config.adminPassword));

  return {
    app,
    server,
    http,
    config,
    auth,
    signIn,
    adminToken,
    async createTenantAccount(tenant, account = {}) {
      const email = account.email ?? `official-${randomBytes(4).toString('hex')}@${tenant}.test`;
      const password = account.password ?? `pw-${randomBytes(8).toString('hex')}`;
      const res = await request(server)
        .post(`/api/v1/tenants/${tenant}/accounts`)
        .set(auth(await adminToken()))
        .send({ email, password, displayName: account.displayName ?? email, posts: account.posts ?? [] });
      if (res.status !== 201)
        throw new Error(`creating ${email} answered ${res.status}: ${JSON.stringify(res.body)}`);
      return { id: res.body.id, email, password, tenant, token: await signIn(email, password) };
    },
    close: () => app.close(),
  };
}
