/* A small agency-year entered over HTTP as officials enter it, for the performance suites. */
import { E2eApi } from '../support/e2e-app';

/** Sends a command; anything but a success fails the suite, with the problem. */
export async function sendAs(
  api: E2eApi,
  auth: Record<string, string>,
  method: 'post' | 'put',
  path: string,
  body: object,
): Promise<void> {
  const res = await api.http[method](path).set(auth).send(body);
  if (res.status >= 300)
    throw new Error(`${method} ${path} answered ${res.status}: ${JSON.stringify(res.body)}`);
}

const indicator = (code: string, level: string, parent: string, target: number) => ({
  code,
  name: `Indikator ${code}`,
  unit: 'indeks',
  polarity: 'higher',
  level,
  parent,
  targets: { '2024': target },
});

/**
 * Kota Dumai BKPSDM 2024 (fixtures/kota-dumai-bkpsdm-2024.json), two of its programs: the four
 * kegiatan of Kepegawaian Daerah (adding up to it) and the two sub kegiatan of Mutasi dan Promosi
 * ASN, the first at its DPA ceiling (overspent until the DPPA); the PK of S1.1 with its DPPA
 * amendment; conventions that truncate, stated from 2024.
 */
export async function enterSmallYear(
  api: E2eApi,
  admin: Record<string, string>,
  tenant: string,
): Promise<void> {
  const base = `/api/v1/tenants/${tenant}/agencies/bkpsdm`;
  const post = (path: string, body: object) => sendAs(api, admin, 'post', path, body);
  await post('/api/v1/tenants', { code: tenant, name: 'Pemerintah Kota Dumai', kind: 'kota' });
  await post(`/api/v1/tenants/${tenant}/agencies`, { code: 'bkpsdm', name: 'BKPSDM' });
  await sendAs(api, admin, 'put', `/api/v1/tenants/${tenant}/conventions`, {
    fromFiscalYear: 2024,
    conventions: { rounding: { mode: 'truncate', decimals: 2 } },
  });
  await post(`${base}/renstra`, {
    title: 'Renstra BKPSDM 2021-2026',
    period: { from: 2021, to: 2026 },
  });
  await post(`${base}/renstra/2021-2026/elements`, {
    goals: [{ code: 'T1', statement: 'Meningkatkan profesionalitas ASN' }],
    objectives: [{ code: 'S1', goal: 'T1', statement: 'Meningkatnya kualitas manajemen ASN' }],
    programs: [
      { code: '5.03.02', name: 'Program Kepegawaian Daerah', objectives: ['S1'] },
      { code: '5.04.02', name: 'Program Pengembangan Sumber Daya Manusia', objectives: ['S1'] },
    ],
    activities: [
      {
        code: '5.03.02.2.01',
        program: '5.03.02',
        name: 'Pengadaan, Pemberhentian dan Informasi Kepegawaian ASN',
      },
      { code: '5.03.02.2.02', program: '5.03.02', name: 'Mutasi dan Promosi ASN' },
      { code: '5.03.02.2.03', program: '5.03.02', name: 'Pengembangan Kompetensi ASN' },
      { code: '5.03.02.2.04', program: '5.03.02', name: 'Penilaian dan Evaluasi Kinerja Aparatur' },
    ],
    subActivities: [
      { code: '5.03.02.2.02.0001', activity: '5.03.02.2.02', name: 'Pengelolaan Mutasi ASN' },
      { code: '5.03.02.2.02.0002', activity: '5.03.02.2.02', name: 'Pengelolaan Kenaikan Pangkat ASN' },
    ],
    indicators: [
      indicator('T1.1', 'goal', 'T1', 70),
      indicator('S1.1', 'objective', 'S1', 254),
      indicator('P3.1', 'program', '5.04.02', 6),
      indicator('K2.2.1', 'activity', '5.03.02.2.02', 950),
      indicator('SK2.2.1.1', 'subActivity', '5.03.02.2.02.0001', 150),
    ],
  });
  const parties = { firstParty: { position: 'Kepala BKPSDM' }, secondParty: { position: 'Wali Kota Dumai' } };
  const s11 = { indicator: 'S1.1', target: 254, fundedBy: ['5.03.02', '5.04.02'] };
  const dpa = [
    { program: '5.03.02', amount: 1315222698 },
    { program: '5.04.02', amount: 178918404 },
  ];
  await post(`${base}/agreements`, { fiscalYear: 2024, ...parties, targets: [s11], budget: dpa });
  await post(`${base}/agreements/2024/signature`, { signedOn: '2024-01-31' });
  const dppa = [{ ...dpa[0], amount: '1890201398' }, dpa[1]];
  await post(`${base}/agreements/2024/amendments`, {
    signedOn: '2024-09-23',
    reason: 'DPPA 2024',
    budget: dppa,
  });
  const realizations = [
    { indicator: 'S1.1', period: 'FY', value: 279, source: 'KASN' },
    { indicator: 'T1.1', period: 'FY', value: '77.3' },
    { indicator: 'P3.1', period: 'FY', value: 10.3 },
    { indicator: 'SK2.2.1.1', period: 'FY', value: 294 },
    { indicator: 'K2.2.1', period: 'FY', status: 'pending' },
  ];
  for (const r of realizations) await post(`${base}/realizations/2024`, r);
  const lines: [string, string, number, number][] = [
    ['5.03.02', 'program', 1890201398, 1446700320],
    ['5.04.02', 'program', 178918404, 141160000],
    ['5.03.02.2.01', 'activity', 967779425, 817282976],
    ['5.03.02.2.02', 'activity', 279895373, 257456587],
    ['5.03.02.2.03', 'activity', 29996600, 10670000],
    ['5.03.02.2.04', 'activity', 612530000, 361290757],
    ['5.03.02.2.02.0001', 'subActivity', 99916924, 177548624],
    ['5.03.02.2.02.0002', 'subActivity', 79988849, 79907963],
  ];
  for (const [code, level, allocation, realized] of lines) {
    await post(`${base}/budget/2024/allocations`, { code, level, allocation, basis: 'DPA 2024' });
    await post(`${base}/budget/2024/realizations`, { code, period: 'FY', realized });
  }
}
