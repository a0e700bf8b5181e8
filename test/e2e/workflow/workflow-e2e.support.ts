/*
 * What the workflow suites share: a tenant of their own with BKPSDM Kota Dumai, its units and
 * posts (fixtures/kota-dumai-bkpsdm-2024.json: the agency and its units), officials' accounts
 * holding those posts (some as Plt.), the read models caught up in-process, and the PK 2024
 * drafted and signed (budget 7.566.607.400, as in test/e2e/agreements).
 */
import { agreementVersionsProjection } from '@jejak/agreements';
import { requestContext } from '@jejak/database';
import { EVENT_STORE, EventStore, RecordedEvent } from '@jejak/eventstore';
import { ProjectionRunner } from '@jejak/projections';
import { realizationLedgerProjection } from '@jejak/realization';
import { tenantDirectoryProjection } from '@jejak/tenancy';
import { workflowStream } from '@jejak/workflow';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { E2eApi, NewTenantAccount, startApi, uniqueTenant } from '../support/e2e-app';

export const MUTASI = 'bidang-mutasi-kepangkatan';
export const TATA_USAHA = 'subbag-tata-usaha';

/** The PK 2024 of BKPSDM Kota Dumai as signed on 2024-01-31, and the DPPA of 2024-09-23. */
export const pk2024 = {
  fiscalYear: 2024,
  firstParty: { position: 'Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kota Dumai' },
  secondParty: { position: 'Wali Kota Dumai' },
  targets: [{ indicator: 'S1.1', target: 254, fundedBy: ['5.03.02', '5.04.02'] }],
  budget: [
    { program: '5.03.01', amount: 6072466298 },
    { program: '5.03.02', amount: '1315222698' },
    { program: '5.04.02', amount: 178918404 },
  ],
};
export const dppaBudget = [
  { program: '5.03.01', amount: 6357723118 },
  { program: '5.03.02', amount: 1890201398 },
  { program: '5.04.02', amount: 178918404 },
];

const POSTS = [
  { code: 'kepala-bkpsdm', title: 'Kepala Badan', role: 'head-of-agency', unit: null, superior: null },
  {
    code: 'sekretaris-bkpsdm',
    title: 'Sekretaris',
    role: 'secretary',
    unit: 'sekretariat',
    superior: 'kepala-bkpsdm',
  },
  {
    code: 'perencana-bkpsdm',
    title: 'Perencana Ahli Muda',
    role: 'planner',
    unit: 'sekretariat',
    superior: 'sekretaris-bkpsdm',
  },
  {
    code: 'kasubbag-tu',
    title: 'Kepala Subbagian Tata Usaha',
    role: 'head-of-unit',
    unit: TATA_USAHA,
    superior: 'sekretaris-bkpsdm',
  },
  {
    code: 'kabid-mutasi',
    title: 'Kepala Bidang Mutasi dan Kepangkatan',
    role: 'head-of-unit',
    unit: MUTASI,
    superior: 'kepala-bkpsdm',
  },
  {
    code: 'staf-mutasi',
    title: 'Pengelola Data Mutasi',
    role: 'staff',
    unit: MUTASI,
    superior: 'kabid-mutasi',
  },
  { code: 'admin-jejak', title: 'Administrator Jejak', role: 'tenant-admin', unit: null, superior: null },
];

export interface Official {
  readonly id: string;
  readonly auth: Record<string, string>;
}

export interface WorkflowE2e {
  readonly api: E2eApi;
  readonly tenant: string;
  /** `/api/v1/tenants/{tenant}` */
  readonly base: string;
  readonly admin: Record<string, string>;
  /** Opens an account holding `posts` and signs it in. */
  official(posts: NewTenantAccount['posts']): Promise<Official>;
  /** The read models of the tenant's posts, agreements and realizations, caught up. */
  catchUp(): Promise<void>;
  workflowEvents(workflowId: string): Promise<RecordedEvent[]>;
  streamEvents(stream: string): Promise<RecordedEvent[]>;
}

export async function startWorkflowE2e(): Promise<WorkflowE2e> {
  const api = await startApi();
  const store = api.app.get<EventStore>(EVENT_STORE);
  const runner = new ProjectionRunner(api.app.get(DataSource), store, [
    tenantDirectoryProjection,
    agreementVersionsProjection,
    realizationLedgerProjection,
  ]);
  const tenant = uniqueTenant('kota-dumai');
  const base = `/api/v1/tenants/${tenant}`;
  const admin = api.auth(await api.adminToken());
  await api.http
    .post('/api/v1/tenants')
    .set(admin)
    .send({ code: tenant, name: 'Pemerintah Kota Dumai', kind: 'kota' })
    .expect(201);
  await api.http.post(`${base}/agencies`).set(admin).send({ code: 'bkpsdm', name: 'BKPSDM' }).expect(201);
  for (const [code, name, parent] of [
    ['sekretariat', 'Sekretariat', null],
    [TATA_USAHA, 'Subbagian Tata Usaha', 'sekretariat'],
    [MUTASI, 'Bidang Mutasi dan Kepangkatan', null],
  ])
    await api.http.post(`${base}/agencies/bkpsdm/units`).set(admin).send({ code, name, parent }).expect(201);
  for (const post of POSTS)
    await api.http
      .post(`${base}/posts`)
      .set(admin)
      .send({ ...post, agency: 'bkpsdm' })
      .expect(201);
  const streamEvents = (stream: string) =>
    requestContext.run({ tenantId: tenant, platform: false }, () => store.readStream(stream));
  const e2e: WorkflowE2e = {
    api,
    tenant,
    base,
    admin,
    async official(posts) {
      // Through tenancy (`/officials`): each holding gets its post's agency, unit and role.
      const email = `official-${randomBytes(4).toString('hex')}@${tenant}.test`;
      const password = `pw-${randomBytes(8).toString('hex')}`;
      const res = await api.http
        .post(`${base}/officials`)
        .set(admin)
        .send({ email, password, displayName: posts?.map((p) => p.post).join(' + '), posts })
        .expect(201);
      return { id: res.body.id, auth: api.auth(await api.signIn(email, password)) };
    },
    catchUp: async () => {
      await runner.catchUp();
    },
    workflowEvents: (workflowId) => streamEvents(workflowStream(tenant, workflowId)),
    streamEvents,
  };
  await e2e.catchUp();
  return e2e;
}

/** Drafts and signs the PK 2024 (perencana drafts, kepala signs), as the agreements suite does. */
export async function signPk2024(e2e: WorkflowE2e, perencana: Official, kepala: Official): Promise<void> {
  const agreements = `${e2e.base}/agencies/bkpsdm/agreements`;
  await e2e.api.http.post(agreements).set(perencana.auth).send(pk2024).expect(201);
  await e2e.api.http
    .post(`${agreements}/2024/signature`)
    .set(kepala.auth)
    .send({ signedOn: '2024-01-31' })
    .expect(200);
}
