/*
 * What the realization ledger's suites share: the API with the worker's projections in-process, a
 * tenant of their own with BKPSDM in it, and tokens of the posts the ledger's permissions read.
 */
import { EVENT_STORE, EventStore } from '@jejak/eventstore';
import { PostHolding, TokenService } from '@jejak/identity';
import { ProjectionRunner } from '@jejak/projections';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createProjectionRunner } from '../../../apps/worker/src/projections';
import { E2eApi, startApi, uniqueTenant } from '../support/e2e-app';

export const MUTASI = 'bidang-mutasi-kepangkatan';

export interface LedgerE2e {
  readonly api: E2eApi;
  readonly runner: ProjectionRunner;
  readonly tenant: string;
  /** `/api/v1/tenants/{tenant}/agencies/bkpsdm` */
  readonly base: string;
  readonly admin: Record<string, string>;
  readonly secretary: Record<string, string>;
  readonly staffMutasi: Record<string, string>;
  readonly staffSekretariat: Record<string, string>;
}

/**
 * A token whose posts carry roles, signed as the API signs them: the suite states the posts the
 * ledger's permissions read, whatever way accounts come to hold them (tenancy's appointments).
 */
async function holding(api: E2eApi, tenant: string, post: PostHolding): Promise<Record<string, string>> {
  const account = { id: randomUUID(), email: `${post.post}@${tenant}.test`, displayName: post.post, tenant };
  const view = {
    ...account,
    posts: [post],
    platformAdmin: false,
    disabled: false,
    createdAt: '2024-01-02T00:00:00.000Z',
  };
  return api.auth((await api.app.get(TokenService).issue(view)).accessToken);
}

export async function startLedgerE2e(): Promise<LedgerE2e> {
  const api = await startApi();
  const runner = createProjectionRunner(api.app.get(DataSource), api.app.get<EventStore>(EVENT_STORE));
  const tenant = uniqueTenant('kota-dumai');
  const admin = api.auth(await api.adminToken());
  const government = { code: tenant, name: 'Pemerintah Kota Dumai', kind: 'kota' };
  await api.http.post('/api/v1/tenants').set(admin).send(government).expect(201);
  await api.http
    .post(`/api/v1/tenants/${tenant}/agencies`)
    .set(admin)
    .send({ code: 'bkpsdm', name: 'BKPSDM' })
    .expect(201);
  const agency = 'bkpsdm';
  return {
    api,
    runner,
    tenant,
    base: `/api/v1/tenants/${tenant}/agencies/${agency}`,
    admin,
    secretary: await holding(api, tenant, { post: 'sekretaris-bkpsdm', role: 'secretary', agency }),
    staffMutasi: await holding(api, tenant, { post: 'staf-mutasi', role: 'staff', agency, unit: MUTASI }),
    staffSekretariat: await holding(api, tenant, {
      post: 'staf-sekretariat',
      role: 'staff',
      agency,
      unit: 'sekretariat',
    }),
  };
}

export function expectProblem(res: request.Response, status: number, code: string, paths?: string[]): void {
  expect(res.status).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(res.body).toMatchObject({ status, code });
  // One error per failed constraint: compare the fields named.
  if (paths) expect([...new Set(res.body.errors.map((e: { path: string }) => e.path))]).toEqual(paths);
}
