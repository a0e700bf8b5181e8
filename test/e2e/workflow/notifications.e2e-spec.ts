/*
 * An official's notifications over HTTP: listed unread first, paginated, filtered, marked read
 * one by one or all at once (the recipient's own events; the list follows once projected). The
 * read models catch up in-process; the chain has no due period here, so no deadline job runs.
 */
import { EVENT_STORE, EventStore } from '@jejak/eventstore';
import { ProjectionRunner } from '@jejak/projections';
import { DataSource } from 'typeorm';
import { createProjectionRunner } from '../../../apps/worker/src/projections';
import { E2eApi, startApi } from '../support/e2e-app';
import { expectProblem, fieldPaths } from '../support/problem';
import {
  Bkpsdm,
  NotificationItem,
  bkpsdm,
  defineRealizationChain,
  realizationTitle,
  submitRealization,
} from './deadline-e2e.support';

let api: E2eApi;
let runner: ProjectionRunner;
let org: Bkpsdm;
// Three quarters of Bidang Mutasi's realizations (TW I–III 2024) await the Plt. Kepala Bidang.
const quarters = ['Q1', 'Q2', 'Q3'].map((period) => ({ period, title: realizationTitle(period) }));

const list = async (
  query = '',
): Promise<{ items: NotificationItem[]; total: number; unread: number; page: number }> =>
  (await api.http.get(`/api/v1/notifications${query}`).set(org.pltKabid.token).expect(200)).body;

beforeAll(async () => {
  api = await startApi();
  runner = createProjectionRunner(api.app.get(DataSource), api.app.get<EventStore>(EVENT_STORE));
  org = await bkpsdm(api);
  await runner.catchUp(); // the posts, before the steps are resolved to them
  await defineRealizationChain(api, org, null);
  for (const { period } of quarters) {
    await submitRealization(api, org, period);
    await runner.catchUp();
  }
}, 90_000);

afterAll(() => api?.close());

describe("the Plt. Kepala Bidang's notifications", () => {
  it('list what awaits them, newest first, all unread', async () => {
    const page = await list();
    expect(page).toMatchObject({ total: 3, unread: 3, page: 1 });
    expect(page.items.map((n) => [n.kind, n.title, n.readAt])).toEqual(
      [...quarters].reverse().map(({ title }) => ['awaiting', `Menunggu persetujuan: ${title}`, null]),
    );
    expect(page.items[0].message).toBe(
      `Usulan "${quarters[2].title}" menunggu persetujuan Anda pada tahap Verifikasi kepala sub bagian / kepala bidang.`,
    );
  });

  it('come in pages', async () => {
    const first = await list('?pageSize=2');
    const second = await list('?pageSize=2&page=2');
    expect([first.items.length, second.items.length, first.total, second.total]).toEqual([2, 1, 3, 3]);
    expect(new Set([...first.items, ...second.items].map((n) => n.id)).size).toBe(3);
    expect((await list('?pageSize=2&page=3')).items).toEqual([]);
  });

  it('are marked read one at a time; marking again records nothing; the read one goes after the unread', async () => {
    const [newest] = (await list()).items;
    const read = await api.http
      .post(`/api/v1/notifications/${newest.id}/read`)
      .set(org.pltKabid.token)
      .expect(200);
    expect(read.body).toEqual({ read: [newest.id], recorded: true });
    const again = await api.http
      .post(`/api/v1/notifications/${newest.id}/read`)
      .set(org.pltKabid.token)
      .expect(200);
    expect(again.body).toEqual({ read: [], recorded: false });
    await runner.catchUp();
    const page = await list();
    expect(page.unread).toBe(2);
    expect(page.items.map((n) => n.id)[2]).toBe(newest.id);
    expect(page.items[2].readAt).not.toBeNull();
    expect((await list('?unread=true')).items.map((n) => n.id)).not.toContain(newest.id);
  });

  it('are marked read all at once', async () => {
    const unread = (await list('?unread=true')).items.map((n) => n.id);
    const res = await api.http.post('/api/v1/notifications/read-all').set(org.pltKabid.token).expect(200);
    expect(res.body).toEqual({ read: [...unread].sort(), recorded: true });
    await runner.catchUp();
    expect(await list()).toMatchObject({ total: 3, unread: 0 });
    expect((await list('?unread=true')).items).toEqual([]);
    const nothing = await api.http.post('/api/v1/notifications/read-all').set(org.pltKabid.token).expect(200);
    expect(nothing.body).toEqual({ read: [], recorded: false });
  });
});

describe("another official's notification", () => {
  it('is not theirs to read: 404, as if it did not exist', async () => {
    const [theirs] = (await list()).items;
    expectProblem(
      await api.http.post(`/api/v1/notifications/${theirs.id}/read`).set(org.kepala.token),
      404,
      'NOTIFICATION.NOT_FOUND',
    );
    expect(
      (await api.http.get('/api/v1/notifications').set(org.kepala.token).expect(200)).body,
    ).toMatchObject({
      items: [],
      total: 0,
      unread: 0,
    });
  });
});

describe('malformed requests', () => {
  it('are refused with 400 naming the parameter', async () => {
    const badId = await api.http.post('/api/v1/notifications/not-a-uuid/read').set(org.pltKabid.token);
    expectProblem(badId, 400, 'REQUEST.VALIDATION_FAILED');
    expect(fieldPaths(badId)).toEqual(['id']);
    const badQuery = await api.http
      .get('/api/v1/notifications?pageSize=1000&unread=yes')
      .set(org.pltKabid.token);
    expectProblem(badQuery, 400, 'REQUEST.VALIDATION_FAILED');
    expect(fieldPaths(badQuery).sort()).toEqual(['pageSize', 'unread']);
  });

  it('need a bearer token', async () => {
    await api.http.get('/api/v1/notifications').expect(401);
  });
});
