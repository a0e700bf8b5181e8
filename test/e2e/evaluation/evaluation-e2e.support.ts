/*
 * What the evaluation suites share: a tenant of their own with BKPSDM (its units and posts, as in
 * fixtures/kota-dumai-bkpsdm-2024.json) and the Inspektorat as an agency of its own with an
 * inspectorate post; officials' accounts holding those posts; the read models caught up in-process.
 */
import { requestContext } from '@jejak/database';
import { EVENT_STORE, EventStore, RecordedEvent } from '@jejak/eventstore';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { createProjectionRunner } from '../../../apps/worker/src/projections';
import { E2eApi, NewTenantAccount, uniqueTenant } from '../support/e2e-app';

export const TATA_USAHA = 'subbag-tata-usaha';
export const INSPEKTORAT = 'inspektorat';
export const INSPEKTUR = 'inspektur-pembantu-1';

const BKPSDM_POSTS = [
  { code: 'kepala-bkpsdm', title: 'Kepala Badan', role: 'head-of-agency', unit: null, superior: null },
  {
    code: 'sekretaris-bkpsdm',
    title: 'Sekretaris',
    role: 'secretary',
    unit: 'sekretariat',
    superior: 'kepala-bkpsdm',
  },
  {
    code: 'kasubbag-tu',
    title: 'Kepala Subbagian Tata Usaha',
    role: 'head-of-unit',
    unit: TATA_USAHA,
    superior: 'sekretaris-bkpsdm',
  },
  {
    code: 'staf-tu',
    title: 'Pengadministrasi Umum',
    role: 'staff',
    unit: TATA_USAHA,
    superior: 'kasubbag-tu',
  },
];

export interface Official {
  readonly id: string;
  readonly auth: Record<string, string>;
}

export interface EvaluationE2e {
  readonly api: E2eApi;
  readonly tenant: string;
  /** `/api/v1/tenants/{tenant}` */
  readonly base: string;
  readonly admin: Record<string, string>;
  /** Opens an account holding `posts` (through tenancy's officials) and signs it in. */
  official(posts: NewTenantAccount['posts']): Promise<Official>;
  /** Every read model, caught up. */
  catchUp(): Promise<void>;
  streamEvents(stream: string): Promise<RecordedEvent[]>;
}

/** The Inspektorat of the tenant: an agency of its own, with one inspectorate post. */
export async function addInspektorat(api: E2eApi, tenant: string): Promise<void> {
  const admin = api.auth(await api.adminToken());
  const base = `/api/v1/tenants/${tenant}`;
  await api.http
    .post(`${base}/agencies`)
    .set(admin)
    .send({ code: INSPEKTORAT, name: 'Inspektorat Daerah' })
    .expect(201);
  const post = {
    code: INSPEKTUR,
    title: 'Inspektur Pembantu Wilayah I',
    role: 'inspectorate',
    agency: INSPEKTORAT,
  };
  await api.http
    .post(`${base}/posts`)
    .set(admin)
    .send({ ...post, unit: null, superior: null })
    .expect(201);
}

/** BKPSDM with its units and posts, in a tenant that exists. */
async function addBkpsdm(api: E2eApi, tenant: string): Promise<void> {
  const admin = api.auth(await api.adminToken());
  const base = `/api/v1/tenants/${tenant}`;
  await api.http.post(`${base}/agencies`).set(admin).send({ code: 'bkpsdm', name: 'BKPSDM' }).expect(201);
  for (const [code, name, parent] of [
    ['sekretariat', 'Sekretariat', null],
    [TATA_USAHA, 'Subbagian Tata Usaha', 'sekretariat'],
  ])
    await api.http.post(`${base}/agencies/bkpsdm/units`).set(admin).send({ code, name, parent }).expect(201);
  for (const post of BKPSDM_POSTS)
    await api.http
      .post(`${base}/posts`)
      .set(admin)
      .send({ ...post, agency: 'bkpsdm' })
      .expect(201);
}

export async function officialOf(
  api: E2eApi,
  tenant: string,
  posts: NewTenantAccount['posts'],
): Promise<Official> {
  const email = `official-${randomBytes(4).toString('hex')}@${tenant}.test`;
  const password = `pw-${randomBytes(8).toString('hex')}`;
  const res = await api.http
    .post(`/api/v1/tenants/${tenant}/officials`)
    .set(api.auth(await api.adminToken()))
    .send({ email, password, displayName: posts?.map((p) => p.post).join(' + '), posts })
    .expect(201);
  return { id: res.body.id, auth: api.auth(await api.signIn(email, password)) };
}

export const catchUpAll = (api: E2eApi) =>
  createProjectionRunner(api.app.get(DataSource), api.app.get<EventStore>(EVENT_STORE)).catchUp();

export const streamEventsOf = (api: E2eApi, tenant: string, stream: string) =>
  requestContext.run({ tenantId: tenant, platform: false }, () =>
    api.app.get<EventStore>(EVENT_STORE).readStream(stream),
  );

export async function startEvaluationE2e(api: E2eApi, prefix = 'kota-dumai'): Promise<EvaluationE2e> {
  const tenant = uniqueTenant(prefix);
  const admin = api.auth(await api.adminToken());
  await api.http
    .post('/api/v1/tenants')
    .set(admin)
    .send({ code: tenant, name: 'Pemerintah Kota Dumai', kind: 'kota' })
    .expect(201);
  await addBkpsdm(api, tenant);
  await addInspektorat(api, tenant);
  const e2e: EvaluationE2e = {
    api,
    tenant,
    base: `/api/v1/tenants/${tenant}`,
    admin,
    official: (posts) => officialOf(api, tenant, posts),
    catchUp: async () => {
      await catchUpAll(api);
    },
    streamEvents: (stream) => streamEventsOf(api, tenant, stream),
  };
  await e2e.catchUp();
  return e2e;
}
