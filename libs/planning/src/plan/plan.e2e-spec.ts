/*
 * The plan over HTTP: BKPSDM Kota Dumai's Renstra 2021–2026 (test/fixtures/kota-dumai-bkpsdm-2024.json)
 * adopted and defined by its perencana, read back for 2024; refused to staff (403), to malformed
 * input (400 naming the field), to a broken rule (422), to a stale If-Match (409).
 */
import { requestContext } from '@jejak/database';
import { EVENT_STORE, EventStore } from '@jejak/eventstore';
import { ProjectionRunner } from '@jejak/projections';
import { DataSource } from 'typeorm';
import { E2eApi, startApi, uniqueTenant } from '../../../../test/e2e/support/e2e-app';
import { expectProblem, fieldPaths } from '../../../../test/e2e/support/problem';
import { renstraStream } from '../domain/planning.events';
import {
  dataKepegawaian,
  k211,
  kepegawaian,
  pengadaan,
  s1,
  s11,
  sk2151,
  t1,
  t11,
} from '../domain/renstra.spec-data';
import { planProjection } from './plan.projection';

let api: E2eApi;
let runner: ProjectionRunner;
let admin: Record<string, string>;
let perencana: Record<string, string>;
let staf: Record<string, string>;
const tenant = uniqueTenant('kota-dumai');
const agency = `/api/v1/tenants/${tenant}/agencies/bkpsdm`;
const renstra = `${agency}/renstra/2021-2026`;

// JSON numbers, as a client sends them (the DTOs take numbers or decimal strings).
const asNumbers = (targets: Record<string, string>) =>
  Object.fromEntries(Object.entries(targets).map(([y, v]) => [y, Number(v)]));
const indicatorBody = (i: typeof t11) => ({
  ...i,
  targets: asNumbers(i.targets),
  baseline: i.baseline && { ...i.baseline, value: Number(i.baseline.value) },
});
const wholePlan = {
  goals: [t1],
  objectives: [s1],
  programs: [kepegawaian],
  activities: [pengadaan],
  subActivities: [dataKepegawaian],
  indicators: [t11, s11, k211, sk2151].map(indicatorBody),
};

async function official(post: string, role: string): Promise<Record<string, string>> {
  await api.http
    .post(`/api/v1/tenants/${tenant}/posts`)
    .set(admin)
    .send({ code: post, title: post, agency: 'bkpsdm', role })
    .expect(201);
  const email = `${post}@${tenant}.test`;
  const password = 'perencana-2024';
  await api.http
    .post(`/api/v1/tenants/${tenant}/officials`)
    .set(admin)
    .send({ email, displayName: post, password, posts: [{ post }] })
    .expect(201);
  return api.auth(await api.signIn(email, password));
}

beforeAll(async () => {
  api = await startApi();
  admin = api.auth(await api.adminToken());
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
  perencana = await official('perencana-bkpsdm', 'planner');
  // A staff-only account, opened through identity: its post grants no plan.manage.
  const staff = await api.createTenantAccount(tenant, {
    posts: [{ post: 'staf-mutasi', agency: 'bkpsdm', unit: 'bidang-mutasi-kepangkatan' }],
  });
  staf = api.auth(staff.token);
  runner = new ProjectionRunner(api.app.get(DataSource), api.app.get<EventStore>(EVENT_STORE), [
    planProjection,
  ]);
});

afterAll(() => api?.close());

describe('adopting, defining and reading the plan', () => {
  it('adopts the Renstra: 201 with its revision as ETag and a Location', async () => {
    const body = {
      title: 'Perubahan Renstra BKPSDM Kota Dumai 2021-2026',
      period: { from: 2021, to: 2026 },
      adoptedOn: '2021-08-16',
    };
    const res = await api.http.post(`${agency}/renstra`).set(perencana).send(body).expect(201);
    expect(res.body).toEqual({ tenant, agency: 'bkpsdm', period: '2021-2026', revision: 0, appended: 1 });
    expect([res.headers.etag, res.headers.location]).toEqual(['"0"', renstra]);
    await api.http.post(`${agency}/renstra`).set(perencana).send(body).expect(200);
  });

  it('defines the plan in one request, and a repeated element changes nothing (200)', async () => {
    const res = await api.http
      .post(`${renstra}/elements`)
      .set(perencana)
      .set('If-Match', '"0"')
      .send(wholePlan)
      .expect(201);
    expect(res.body.appended).toBe(9);
    expect(res.headers.etag).toBe(`"${res.body.revision}"`);
    const again = await api.http.post(`${renstra}/goals`).set(perencana).send(t1).expect(200);
    expect([again.body.appended, again.body.revision]).toEqual([0, res.body.revision]);
  });

  it('records the planner’s post as the actor of the events', async () => {
    const store = api.app.get<EventStore>(EVENT_STORE);
    const events = await requestContext.run({ tenantId: tenant, platform: false }, () =>
      store.readStream(renstraStream(tenant, 'bkpsdm', 2021, 2026)),
    );
    expect(events[1].metadata.actor).toMatchObject({ post: 'perencana-bkpsdm' });
  });

  it('reads the Renstra in force in 2024 as a tree with the year’s targets', async () => {
    await runner.catchUp();
    const res = await api.http.get(`${agency}/plan`).query({ year: 2024 }).set(staf).expect(200);
    expect([res.body.period, res.headers.etag]).toEqual(['2021-2026', `"${res.body.revision}"`]);
    expect(
      res.body.goals[0].indicators.map((i: { code: string; target: string }) => [i.code, i.target]),
    ).toEqual([['T1.1', '70']]);
    expect(res.body.goals[0].objectives[0].indicators[0]).toMatchObject({
      code: 'S1.1',
      target: '254',
      validFrom: 2024,
    });
    const activity = res.body.programs[0].activities[0];
    expect([
      activity.code,
      activity.indicators[0].target,
      activity.subActivities[0].indicators[0].code,
    ]).toEqual(['5.03.02.2.01', '114', 'SK2.1.5.1']);
  });

  it('revises an indicator against the ETag it read; a stale one is a 409', async () => {
    const read = await api.http.get(`${renstra}/indicators/T1.1`).set(perencana).expect(200);
    const revision = `${renstra}/indicators/T1.1/revisions`;
    const body = {
      targets: { ...asNumbers(t11.targets), '2022': 61 },
      reason: 'Target 2022 di bawah baseline',
    };
    await api.http.post(revision).set(perencana).set('If-Match', read.headers.etag).send(body).expect(201);
    const stale = await api.http
      .post(revision)
      .set(perencana)
      .set('If-Match', read.headers.etag)
      .send({ name: 'IP ASN' });
    expectProblem(stale, 409, 'EVENTSTORE.WRONG_EXPECTED_REVISION');
  });
});

describe('refusals', () => {
  it('refuses a staff-only account the plan: 403 ACCESS.DENIED', async () => {
    expectProblem(
      await api.http.post(`${renstra}/goals`).set(staf).send({ code: 'T2', statement: 'Tujuan baru' }),
      403,
      'ACCESS.DENIED',
    );
    const adopt = { title: 'Renstra 2026-2031', period: { from: 2026, to: 2031 } };
    expectProblem(await api.http.post(`${agency}/renstra`).set(staf).send(adopt), 403, 'ACCESS.DENIED');
  });

  it('refuses malformed input with 400 naming the field', async () => {
    const noEnd = await api.http
      .post(`${agency}/renstra`)
      .set(perencana)
      .send({ title: 'Renstra', period: { from: 2026 } });
    expectProblem(noEnd, 400, 'REQUEST.VALIDATION_FAILED');
    expect(fieldPaths(noEnd)).toContain('period.to');
    const bad = { ...indicatorBody(t11), code: 'T1.2', polarity: 'better', targets: { '2024': '70,5' } };
    expect(fieldPaths(await api.http.post(`${renstra}/indicators`).set(perencana).send(bad))).toEqual([
      'polarity',
      'targets',
    ]);
    expect(
      fieldPaths(await api.http.post(`${agency}/renstra/2021-26/goals`).set(perencana).send(t1)),
    ).toEqual(['period']);
  });

  it('refuses a broken rule with 422 naming the field of the body', async () => {
    const orphan = await api.http
      .post(`${renstra}/objectives`)
      .set(perencana)
      .send({ code: 'S2', goal: 'T9', statement: 'Sasaran' });
    expectProblem(orphan, 422, 'PLANNING.UNKNOWN_GOAL');
    expect(fieldPaths(orphan)).toEqual(['goal']);
    const longer = await api.http
      .post(`${agency}/renstra`)
      .set(perencana)
      .send({ title: 'Renstra', period: { from: 2026, to: 2032 } });
    expectProblem(longer, 422, 'PLANNING.INVALID_PERIOD');
  });

  it('answers 404 for an agency, a year or an indicator the tenant has no plan of', async () => {
    const adopt = { title: 'Renstra Bappeda', period: { from: 2021, to: 2026 } };
    expectProblem(
      await api.http.post(`/api/v1/tenants/${tenant}/agencies/bappeda/renstra`).set(admin).send(adopt),
      404,
      'TENANCY.UNKNOWN_AGENCY',
    );
    expectProblem(
      await api.http.get(`${agency}/plan?year=2030`).set(perencana),
      404,
      'PLANNING.NO_RENSTRA_IN_FORCE',
    );
    expectProblem(
      await api.http.get(`${renstra}/indicators/T9.9`).set(perencana),
      404,
      'PLANNING.UNKNOWN_INDICATOR',
    );
    expectProblem(
      await api.http.post(`${agency}/renstra/2016-2021/goals`).set(perencana).send(t1),
      404,
      'PLANNING.RENSTRA_NOT_FOUND',
    );
  });
});
