/*
 * The inspectorate's reach (issue 5): its posts read every agency of their own tenant and write
 * only evaluations and verifications; another tenant does not exist for them (404). BKPSDM Kota
 * Dumai 2024 is imported from its fixture, so that there is a plan, a PK, realizations and an LHE to read.
 */
import { InterchangeDocument } from '@jejak/interchange';
import { readFixture } from '../../fixtures/fixtures';
import { E2eApi, startApi, uniqueTenant } from '../support/e2e-app';
import { expectProblem } from '../support/problem';
import { INSPEKTUR, Official, addInspektorat, catchUpAll, officialOf } from './evaluation-e2e.support';

let api: E2eApi;
let inspektur: Official;
const tenant = uniqueTenant('kota-dumai');
const other = uniqueTenant('kota-bontang');
const bkpsdm = `/api/v1/tenants/${tenant}/agencies/bkpsdm`;

beforeAll(async () => {
  api = await startApi();
  const admin = api.auth(await api.adminToken());
  const doc = readFixture<InterchangeDocument>('kota-dumai-bkpsdm-2024.json');
  await api.http
    .post('/api/v1/imports')
    .set(admin)
    .send({ ...doc, tenant: { ...doc.tenant, code: tenant } })
    .expect(201);
  await api.http
    .post('/api/v1/tenants')
    .set(admin)
    .send({ code: other, name: 'Pemerintah Kota Bontang', kind: 'kota' })
    .expect(201);
  await api.http
    .post(`/api/v1/tenants/${other}/agencies`)
    .set(admin)
    .send({ code: 'bkpsdm', name: 'BKPSDM' })
    .expect(201);
  await addInspektorat(api, tenant);
  inspektur = await officialOf(api, tenant, [{ post: INSPEKTUR }]);
  await catchUpAll(api);
});
afterAll(() => api?.close());

describe("an inspectorate post of the agency's tenant", () => {
  it.each([
    'plan?year=2024',
    'agreements/2024',
    'realizations?year=2024',
    'budget-lines?year=2024',
    'performance?year=2024',
    'budget?year=2024',
    'efficiency?year=2024',
    'evaluations',
    'evaluations/2023',
    'follow-ups?evaluation=2023',
  ])('reads %s of an agency not its own', async (path) => {
    await api.http.get(`${bkpsdm}/${path}`).set(inspektur.auth).expect(200);
  });

  it('cannot report a realization (403)', async () => {
    const res = await api.http
      .post(`${bkpsdm}/realizations/2024`)
      .set(inspektur.auth)
      .send({ indicator: 'S1.1', period: 'FY', value: 279, source: 'KASN' });
    expectProblem(res, 403, 'ACCESS.DENIED');
  });

  it('cannot amend the agreement, nor plan the agency’s follow-up (403)', async () => {
    const amend = await api.http
      .post(`${bkpsdm}/agreements/2024/amendments`)
      .set(inspektur.auth)
      .send({ signedOn: '2024-09-23', reason: 'DPPA', budget: [{ program: '5.03.01', amount: 1 }] });
    expectProblem(amend, 403, 'ACCESS.DENIED');
    const plan = await api.http
      .post(`${bkpsdm}/evaluations/2023/recommendations/1/action-plan`)
      .set(inspektur.auth)
      .send({ action: 'Menyusun Rencana Aksi' });
    expectProblem(plan, 403, 'ACCESS.DENIED');
  });

  it('records an LHE of the agency (201)', async () => {
    await api.http
      .post(`${bkpsdm}/evaluations`)
      .set(inspektur.auth)
      .send({ fiscalYearEvaluated: 2024, components: [{ component: 'perencanaan', score: 25 }] })
      .expect(201);
  });

  it('cannot see another tenant: reading or writing there is a 404', async () => {
    const elsewhere = `/api/v1/tenants/${other}/agencies/bkpsdm`;
    expectProblem(await api.http.get(`${elsewhere}/evaluations`).set(inspektur.auth), 404, 'NOT_FOUND');
    expectProblem(
      await api.http.get(`${elsewhere}/realizations?year=2024`).set(inspektur.auth),
      404,
      'NOT_FOUND',
    );
    const lhe = { fiscalYearEvaluated: 2019, recommendations: [{ text: 'Target Kinerja' }] };
    expectProblem(
      await api.http.post(`${elsewhere}/evaluations`).set(inspektur.auth).send(lhe),
      404,
      'NOT_FOUND',
    );
  });
});
