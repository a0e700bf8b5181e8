/*
 * What the agreement suites share: a fresh tenant with BKPSDM, tokens for its officials (posts with
 * roles, signed as the API signs them, until tenancy's appointments fill roles in), an in-process
 * runner for the agreement-versions read model, and the PK 2024 of BKPSDM Kota Dumai
 * (test/fixtures/kota-dumai-bkpsdm-2024.json): S1.1 = 254 funded by 5.03.02 and 5.04.02, budget
 * 7.566.607.400 as signed on 2024-01-31 and 8.426.842.920 after the DPPA of 2024-09-23.
 */
import { agreementStream, agreementVersionsProjection } from '@jejak/agreements';
import { requestContext } from '@jejak/database';
import { EVENT_STORE, EventStore, RecordedEvent } from '@jejak/eventstore';
import { PostHolding, TokenService } from '@jejak/identity';
import { ProjectionRunner } from '@jejak/projections';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { E2eApi, startApi, uniqueTenant } from '../support/e2e-app';

export const s11 = { indicator: 'S1.1', target: 254, fundedBy: ['5.03.02', '5.04.02'] };
export const pk2024 = {
  fiscalYear: 2024,
  firstParty: { position: 'Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kota Dumai' },
  secondParty: { position: 'Wali Kota Dumai' },
  targets: [s11],
  budget: [
    { program: '5.03.01', amount: 6072466298 },
    { program: '5.03.02', amount: '1315222698' },
    { program: '5.04.02', amount: 178918404 },
  ],
};
export const dppa = {
  signedOn: '2024-09-23',
  reason: 'Perubahan Anggaran 2024 (DPPA BKPSDM Kota Dumai 2024)',
  budget: [
    { program: '5.03.01', amount: 6357723118 },
    { program: '5.03.02', amount: 1890201398 },
    { program: '5.04.02', amount: 178918404 },
  ],
};
/** T1.1 Indeks Profesionalitas ASN (Renstra target 70 for 2024) joins the targets. */
export const iku = {
  signedOn: '2024-10-15',
  reason: 'Perubahan Renstra: IKU Indeks Profesionalitas ASN diperjanjikan',
  legalBasis: 'Perwako Dumai tentang Perubahan Renstra 2021-2026',
  targets: [s11, { indicator: 'T1.1', target: '70', fundedBy: ['5.03.02'] }],
};
export const MUTASI = 'bidang-mutasi-kepangkatan';

export interface AgreementE2e {
  readonly api: E2eApi;
  readonly runner: ProjectionRunner;
  readonly tenant: string;
  /** `/api/v1/tenants/{tenant}/agencies/bkpsdm/agreements` */
  readonly agreements: string;
  readonly admin: Record<string, string>;
  /** Kepala BKPSDM (head-of-agency): signs and amends. */
  readonly kepala: Record<string, string>;
  /** Perencana (planner): drafts. */
  readonly perencana: Record<string, string>;
  /** Staff of Bidang Mutasi dan Kepangkatan: reads only. */
  readonly staf: Record<string, string>;
  streamEvents(party?: string | null): Promise<RecordedEvent[]>;
}

export async function startAgreementE2e(): Promise<AgreementE2e> {
  const api = await startApi();
  const tenant = uniqueTenant('kota-dumai');
  const store = api.app.get<EventStore>(EVENT_STORE);
  const admin = api.auth(await api.adminToken());
  await api.http
    .post('/api/v1/tenants')
    .set(admin)
    .send({ code: tenant, name: 'Pemerintah Kota Dumai', kind: 'kota' })
    .expect(201);
  await api.http
    .post(`/api/v1/tenants/${tenant}/agencies`)
    .set(admin)
    .send({ code: 'bkpsdm', name: 'BKPSDM' })
    .expect(201);
  const holding = async (post: PostHolding): Promise<Record<string, string>> => {
    const account = {
      id: randomUUID(),
      email: `${post.post}@${tenant}.test`,
      displayName: post.post,
      tenant,
      posts: [post],
    };
    const issued = await api.app
      .get(TokenService)
      .issue({ ...account, platformAdmin: false, disabled: false, createdAt: '2024-01-02T00:00:00.000Z' });
    return api.auth(issued.accessToken);
  };
  return {
    api,
    runner: new ProjectionRunner(api.app.get(DataSource), store, [agreementVersionsProjection]),
    tenant,
    agreements: `/api/v1/tenants/${tenant}/agencies/bkpsdm/agreements`,
    admin,
    kepala: await holding({ post: 'kepala-bkpsdm', role: 'head-of-agency', agency: 'bkpsdm' }),
    perencana: await holding({ post: 'perencana-bkpsdm', role: 'planner', agency: 'bkpsdm' }),
    staf: await holding({ post: 'staf-mutasi', role: 'staff', agency: 'bkpsdm', unit: MUTASI }),
    streamEvents: (party = null) =>
      requestContext.run({ tenantId: tenant, platform: false }, () =>
        store.readStream(agreementStream(tenant, 'bkpsdm', 2024, party)),
      ),
  };
}
