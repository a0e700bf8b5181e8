/*
 * What the history suites share: Kota Dumai's BKPSDM 2024 imported under a tenant of their own,
 * then — by officials over HTTP — a second PK Perubahan recorded late with an effective date in
 * the past, and a correction of a realization; with the instants captured between the steps
 * (the recorded axis is the test's own clock) and tokens of the posts that act and that audit.
 */
import { PostHolding, TokenService } from '@jejak/identity';
import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { readFixture } from '../../fixtures/fixtures';
import { E2eApi, startApi, uniqueTenant } from '../support/e2e-app';

export const FIXTURE = 'kota-dumai-bkpsdm-2024';
/** Dumai's PK 2024 is printed undated; the suites date it so the effective axis has a version 0 in force. */
export const PK_SIGNED_ON = '2024-01-31';
/** The fixture's PK Perubahan (DPPA 2024). */
export const DPPA_ON = '2024-09-23';
/** The second amendment, invented for the suites: recorded during the test, in force from this date. */
export const LATE_AMENDMENT_ON = '2024-11-15';
export const LATE_AMENDMENT = {
  signedOn: LATE_AMENDMENT_ON,
  reason: 'Pergeseran anggaran antarprogram, sesuai "DPPA II" (dicatat terlambat)',
  legalBasis: 'Peraturan Wali Kota Dumai tentang Perubahan Kedua Penjabaran APBD 2024',
  targets: [{ indicator: 'S1.1', target: 260, fundedBy: ['5.03.02', '5.04.02'] }],
  budget: [
    { program: '5.03.01', amount: 6357723118 },
    { program: '5.03.02', amount: 1900201398 },
    { program: '5.04.02', amount: 168918404 },
  ],
};
/** S1.1 (Indeks Profesionalitas ASN) realized 279 in the fixture; the suites correct it to 280. */
export const CORRECTION = {
  indicator: 'S1.1',
  period: 'FY',
  value: 280,
  reason: 'Koreksi setelah verifikasi ulang data KASN',
};

export interface Official {
  readonly account: string;
  readonly name: string;
  readonly post: string;
  readonly headers: Record<string, string>;
}

export interface HistoryE2e {
  readonly api: E2eApi;
  readonly tenant: string;
  /** `/api/v1/tenants/{tenant}` */
  readonly root: string;
  /** `/api/v1/tenants/{tenant}/agencies/bkpsdm` */
  readonly base: string;
  readonly admin: Record<string, string>;
  readonly head: Official;
  readonly secretary: Official;
  readonly inspector: Official;
  /** Before the import; after it; after the late amendment; after the correction. */
  readonly t0: Date;
  readonly t1: Date;
  readonly t2: Date;
  readonly t3: Date;
  close(): Promise<void>;
}

/** A token whose posts carry roles, signed as the API signs them (as the ledger suites do). */
async function official(api: E2eApi, tenant: string, name: string, holding: PostHolding): Promise<Official> {
  const account = randomUUID();
  const view = {
    id: account,
    email: `${holding.post}@${tenant}.test`,
    displayName: name,
    tenant,
    posts: [holding],
    platformAdmin: false,
    disabled: false,
    createdAt: '2024-01-02T00:00:00.000Z',
  };
  const token = (await api.app.get(TokenService).issue(view)).accessToken;
  return { account, name, post: holding.post, headers: api.auth(token) };
}

/** Lets the clock move on, so that an instant captured lies strictly between two steps. */
const tick = () => new Promise((resolve) => setTimeout(resolve, 15));

async function instant(): Promise<Date> {
  await tick();
  const at = new Date();
  await tick();
  return at;
}

export async function startHistoryE2e(): Promise<HistoryE2e> {
  const api = await startApi();
  const tenant = uniqueTenant('kota-dumai');
  const admin = api.auth(await api.adminToken());
  const root = `/api/v1/tenants/${tenant}`;
  const base = `${root}/agencies/bkpsdm`;
  const doc = readFixture<Record<string, Record<string, unknown>>>(`${FIXTURE}.json`);
  doc.tenant.code = tenant;
  doc.agreement.signedOn = PK_SIGNED_ON;

  const t0 = await instant();
  await api.http.post('/api/v1/imports').set(admin).send(doc).expect(201);
  const t1 = await instant();
  const head = await official(api, tenant, 'Rahmat Hidayat', {
    post: 'kepala-bkpsdm',
    role: 'head-of-agency',
    agency: 'bkpsdm',
  });
  await api.http
    .post(`${base}/agreements/2024/amendments`)
    .set(head.headers)
    .send(LATE_AMENDMENT)
    .expect(201);
  const t2 = await instant();
  const secretary = await official(api, tenant, 'Siti Aminah', {
    post: 'sekretaris-bkpsdm',
    role: 'secretary',
    agency: 'bkpsdm',
  });
  await api.http
    .post(`${base}/realizations/2024/corrections`)
    .set(secretary.headers)
    .send(CORRECTION)
    .expect(201);
  const t3 = await instant();
  const inspector = await official(api, tenant, 'Dewi Lestari', {
    post: 'inspektur-pembantu-1',
    role: 'inspectorate',
    agency: 'inspektorat',
  });
  return {
    api,
    tenant,
    root,
    base,
    admin,
    head,
    secretary,
    inspector,
    t0,
    t1,
    t2,
    t3,
    close: () => api.close(),
  };
}

/** The owner's connection: sees past row-level security and can silence the immutability trigger. */
export function ownerPool(): Pool {
  return new Pool({ connectionString: process.env.DATABASE_URL, max: 2 });
}

/** RFC 4180 lines to cells (quoted cells, doubled quotes, CRLF), for checking the CSV export. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ',') {
      row.push(cell);
      cell = '';
    } else if (!quoted && c === '\r' && text[i + 1] === '\n') {
      rows.push([...row, cell]);
      row = [];
      cell = '';
      i++;
    } else {
      cell += c;
    }
  }
  return rows;
}
