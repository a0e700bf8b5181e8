/*
 * What the deadline and notification suites share: a tenant of their own with BKPSDM Kota Dumai's
 * Bidang Mutasi dan Kepangkatan (fixtures/kota-dumai-bkpsdm-2024.json), its posts with their
 * superiors, officials holding them (one as Plt.), the tenant's realization chain with a due
 * period of seconds, and realizations submitted and approved over the workflow's HTTP routes.
 */
import { ChainStep } from '@jejak/workflow';
import { randomBytes } from 'node:crypto';
import { E2eApi, uniqueTenant } from '../support/e2e-app';

export const MUTASI = 'bidang-mutasi-kepangkatan';

export interface Official {
  readonly id: string;
  readonly email: string;
  readonly token: Record<string, string>;
}

export interface Bkpsdm {
  readonly tenant: string;
  /** Kepala Badan: the Kepala Bidang's superior, where an overdue verification escalates. */
  readonly kepala: Official;
  /** Plt. Kepala Bidang Mutasi this month: the one reminded. */
  readonly pltKabid: Official;
  /** The Kepala Bidang whose appointment ended last month: no longer reminded. */
  readonly formerKabid: Official;
  readonly staf: Official;
}

const day = (offset: number): string => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

async function official(
  api: E2eApi,
  tenant: string,
  name: string,
  posts: ReadonlyArray<Record<string, unknown>>,
): Promise<Official> {
  const email = `${name}-${randomBytes(3).toString('hex')}@${tenant}.test`;
  const password = `pw-${randomBytes(8).toString('hex')}`;
  const admin = api.auth(await api.adminToken());
  const res = await api.http
    .post(`/api/v1/tenants/${tenant}/officials`)
    .set(admin)
    .send({ email, displayName: name, password, posts });
  if (res.status !== 201) throw new Error(`opening ${name}: ${res.status} ${JSON.stringify(res.body)}`);
  return { id: res.body.id, email, token: api.auth(await api.signIn(email, password)) };
}

/** The tenant, its agency, the unit, the posts (each with its superior) and their holders. */
export async function bkpsdm(api: E2eApi): Promise<Bkpsdm> {
  const tenant = uniqueTenant('kota-dumai');
  const base = `/api/v1/tenants/${tenant}`;
  const admin = api.auth(await api.adminToken());
  const send = async (path: string, body: object) => {
    const res = await api.http.post(path).set(admin).send(body);
    if (res.status !== 201) throw new Error(`POST ${path}: ${res.status} ${JSON.stringify(res.body)}`);
  };
  await send('/api/v1/tenants', { code: tenant, name: 'Pemerintah Kota Dumai', kind: 'kota' });
  await send(`${base}/agencies`, { code: 'bkpsdm', name: 'BKPSDM' });
  await send(`${base}/agencies/bkpsdm/units`, {
    code: MUTASI,
    name: 'Bidang Mutasi dan Kepangkatan',
    parent: null,
  });
  const post = (code: string, title: string, role: string, unit: string | null, superior: string | null) =>
    send(`${base}/posts`, { code, title, agency: 'bkpsdm', unit, role, superior });
  await post('kepala-bkpsdm', 'Kepala Badan', 'head-of-agency', null, null);
  await post('kabid-mutasi', 'Kepala Bidang Mutasi dan Kepangkatan', 'head-of-unit', MUTASI, 'kepala-bkpsdm');
  await post('staf-mutasi', 'Penata Kepegawaian', 'staff', MUTASI, 'kabid-mutasi');
  return {
    tenant,
    kepala: await official(api, tenant, 'kepala', [{ post: 'kepala-bkpsdm' }]),
    pltKabid: await official(api, tenant, 'plt-kabid', [
      { post: 'kabid-mutasi', acting: true, from: day(-1), to: day(30) },
    ]),
    formerKabid: await official(api, tenant, 'kabid-lama', [{ post: 'kabid-mutasi', to: day(-40) }]),
    staf: await official(api, tenant, 'staf', [{ post: 'staf-mutasi' }]),
  };
}

/** The verification step of a realization (approval-chain.defaults.ts), due after `dueInSeconds`. */
export const verification = (dueInSeconds: number | null): ChainStep => ({
  name: 'Verifikasi kepala sub bagian / kepala bidang',
  assignees: [{ role: 'head-of-unit', scope: 'unit' }],
  dueInSeconds,
});

/** The tenant administrator sets the realization chain: one verification step, due after `dueInSeconds`. */
export async function defineRealizationChain(
  api: E2eApi,
  org: Bkpsdm,
  dueInSeconds: number | null,
): Promise<void> {
  await api.http
    .put(`/api/v1/tenants/${org.tenant}/approval-chains/realization`)
    .set(api.auth(await api.adminToken()))
    .send({ steps: [verification(dueInSeconds)] })
    .expect(200);
}

export const realizationTitle = (period: string): string =>
  `Realisasi ${period} 2024 Bidang Mutasi dan Kepangkatan`;

/** Bidang Mutasi's staff submits a period's realization of S1.1 (279, source KASN); the workflow id. */
export async function submitRealization(api: E2eApi, org: Bkpsdm, period: string): Promise<string> {
  const res = await api.http
    .post(`/api/v1/tenants/${org.tenant}/workflows`)
    .set(org.staf.token)
    .send({
      documentType: 'realization',
      agency: 'bkpsdm',
      title: realizationTitle(period),
      change: {
        command: 'ReportRealizations',
        data: {
          agency: 'bkpsdm',
          fiscalYear: 2024,
          period,
          unit: MUTASI,
          items: [{ indicator: 'S1.1', value: 279, source: 'KASN' }],
        },
      },
    });
  if (res.status !== 201) throw new Error(`submitting ${period}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.workflow as string;
}

/** The Plt. Kepala Bidang approves the only step: the submission is approved. */
export async function approveAsPlt(api: E2eApi, org: Bkpsdm, workflowId: string): Promise<void> {
  await api.http
    .post(`/api/v1/tenants/${org.tenant}/workflows/${workflowId}/approve`)
    .set(org.pltKabid.token)
    .send({ note: 'Sesuai' })
    .expect(200);
}

export interface NotificationItem {
  readonly id: string;
  readonly kind: 'awaiting' | 'reminder' | 'escalation';
  readonly workflow: string;
  readonly title: string;
  readonly message: string;
  readonly dueAt: string | null;
  readonly readAt: string | null;
}

/** The official's notifications about one workflow, as `GET /api/v1/notifications` lists them. */
export async function notificationsOf(
  api: E2eApi,
  who: Official,
  workflowId: string,
): Promise<NotificationItem[]> {
  const res = await api.http.get('/api/v1/notifications?pageSize=100').set(who.token).expect(200);
  return (res.body.items as NotificationItem[]).filter((item) => item.workflow === workflowId);
}

/** Polls `probe` until it answers something, for at most `timeoutMs`; never asserts a timing. */
export async function eventually<T>(
  probe: () => Promise<T | undefined>,
  timeoutMs = 30_000,
  what = 'condition',
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
