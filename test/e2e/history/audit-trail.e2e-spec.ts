import { ERASED } from '@jejak/privacy';
import { expectProblem, fieldPaths } from '../support/problem';
import {
  CORRECTION,
  DPPA_ON,
  HistoryE2e,
  LATE_AMENDMENT,
  LATE_AMENDMENT_ON,
  parseCsv,
  startHistoryE2e,
} from './history-e2e.support';

let h: HistoryE2e;
beforeAll(async () => {
  h = await startHistoryE2e();
});
afterAll(() => h.close());

const trail = (query: Record<string, string | number>, headers = h.inspector.headers) =>
  h.api.http.get(`${h.root}/history`).query(query).set(headers);
const CHANGES = 'AgreementAmended,RealizationCorrected';

describe('the audit trail lists each change with its person, post, reason and dates', () => {
  it('the import’s amendment, the late amendment and the correction, in the order recorded', async () => {
    const res = await trail({ agency: 'bkpsdm', year: 2024, type: CHANGES }).expect(200);
    expect(res.body.nextCursor).toBeNull();
    const [dppa, late, correction] = res.body.entries;
    expect(res.body.entries).toHaveLength(3);
    expect(dppa).toMatchObject({
      type: 'AgreementAmended',
      source: 'import',
      occurredAt: `${DPPA_ON}T00:00:00.000Z`,
      reason: 'Perubahan Anggaran 2024 (DPPA BKPSDM Kota Dumai 2024)',
      summary: expect.stringMatching(
        /^Perjanjian Kinerja 2024 diubah \(perubahan ke-1\) pada 23 September 2024: /,
      ),
      agency: 'bkpsdm',
      fiscalYear: 2024,
    });
    expect(late).toMatchObject({
      type: 'AgreementAmended',
      stream: `${h.tenant}/agreement-bkpsdm-2024`,
      streamPosition: 3,
      actor: { account: h.head.account, name: h.head.name },
      post: 'kepala-bkpsdm',
      acting: null,
      reason: LATE_AMENDMENT.reason,
      legalBasis: LATE_AMENDMENT.legalBasis,
      occurredAt: `${LATE_AMENDMENT_ON}T00:00:00.000Z`,
      source: 'api',
      summary: expect.stringMatching(
        /^Perjanjian Kinerja 2024 diubah \(perubahan ke-2\) pada 15 November 2024: /,
      ),
    });
    // Recorded now, in force since November 2024: recorded late, effective earlier.
    expect(new Date(late.recordedAt).getTime()).toBeGreaterThan(h.t1.getTime());
    expect(correction).toMatchObject({
      type: 'RealizationCorrected',
      stream: `${h.tenant}/realization-bkpsdm-2024`,
      actor: { account: h.secretary.account, name: h.secretary.name },
      post: 'sekretaris-bkpsdm',
      reason: CORRECTION.reason,
      summary: `Realisasi S1.1 tahunan TA 2024 dikoreksi menjadi 280: ${CORRECTION.reason}`,
    });
  });

  it('narrows to one person', async () => {
    const res = await trail({ person: h.secretary.account }).expect(200);
    expect(res.body.entries.map((e: { type: string }) => e.type)).toEqual(['RealizationCorrected']);
  });

  it('narrows to a time range of recording: after the import, only the officials’ two changes', async () => {
    const after = await trail({ recordedFrom: h.t1.toISOString() }).expect(200);
    expect(after.body.entries.map((e: { type: string }) => e.type)).toEqual([
      'AgreementAmended',
      'RealizationCorrected',
    ]);
    const before = await trail({ recordedTo: h.t1.toISOString(), type: CHANGES }).expect(200);
    expect(before.body.entries.map((e: { source: string }) => e.source)).toEqual(['import']);
  });

  it('narrows to one stream, and pages through it by its cursor', async () => {
    const first = await trail({ stream: 'agreement-bkpsdm-2024', limit: 2 }).expect(200);
    expect(first.body.entries.map((e: { type: string }) => e.type)).toEqual([
      'AgreementDrafted',
      'AgreementSigned',
    ]);
    expect(first.body.nextCursor).toBe(first.body.entries[1].position);
    expect(first.headers['x-jejak-next-cursor']).toBe(first.body.nextCursor);
    const next = await trail({
      stream: 'agreement-bkpsdm-2024',
      limit: 2,
      after: first.body.nextCursor,
    }).expect(200);
    expect(next.body.entries.map((e: { streamPosition: number }) => e.streamPosition)).toEqual([2, 3]);
    expect(next.body.nextCursor).toBeNull();
  });

  it('tells what each event is about: the year filter keeps the 2024 streams and the Renstra covering it', async () => {
    const res = await trail({ year: 2024, limit: 1000 }).expect(200);
    const streams = new Set(res.body.entries.map((e: { stream: string }) => e.stream.split('/')[1]));
    expect([...streams].sort()).toEqual([
      'agreement-bkpsdm-2024',
      'conventions',
      'realization-bkpsdm-2024',
      'renstra-bkpsdm-2021-2026',
    ]);
    // 2020 precedes the Renstra 2021–2026: nothing of this tenant is about it.
    expect((await trail({ year: 2020 }).expect(200)).body.entries).toEqual([]);
  });
});

describe('the audit trail as CSV', () => {
  const header = [
    'position',
    'recordedAt',
    'occurredAt',
    'type',
    'stream',
    'streamPosition',
    'agency',
    'fiscalYear',
  ];

  it('with ?format=csv: a header and one properly quoted line per event', async () => {
    const res = await trail({ stream: 'agreement-bkpsdm-2024', format: 'csv' }).expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
    const rows = parseCsv(res.text);
    expect(rows[0].slice(0, header.length)).toEqual(header);
    expect(rows).toHaveLength(5);
    const column = (name: string) => rows[0].indexOf(name);
    const late = rows[4];
    // The reason holds a comma and quotes: quoted, quotes doubled, read back whole.
    expect(late[column('reason')]).toBe(LATE_AMENDMENT.reason);
    expect(res.text).toContain('"Pergeseran anggaran antarprogram, sesuai ""DPPA II"" (dicatat terlambat)"');
    expect(late[column('post')]).toBe('kepala-bkpsdm');
    expect(late[column('name')]).toBe(h.head.name);
    expect(late[column('occurredAt')]).toBe(`${LATE_AMENDMENT_ON}T00:00:00.000Z`);
  });

  it('with Accept: text/csv, the same', async () => {
    const res = await h.api.http
      .get(`${h.root}/history`)
      .query({ stream: 'agreement-bkpsdm-2024' })
      .set({ ...h.inspector.headers, Accept: 'text/csv' })
      .expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(parseCsv(res.text)).toHaveLength(5);
  });
});

describe('bad filters are the client’s: 400 naming the parameter, never a 500', () => {
  it.each([
    [{ year: '20x4' }, 'year'],
    [{ agency: 'BKPSDM!' }, 'agency'],
    [{ recordedFrom: 'kemarin' }, 'recordedFrom'],
    [{ recordedFrom: '2024-12-31', recordedTo: '2024-01-01' }, 'recordedTo'],
    [{ limit: 0 }, 'limit'],
    [{ limit: 5000 }, 'limit'],
    [{ after: 'abc' }, 'after'],
    [{ type: 'Agreement Amended' }, 'type'],
    [{ stream: 'kota-lain/agreement-bkpsdm-2024' }, 'stream'],
    [{ format: 'xlsx' }, 'format'],
    [{ sort: 'desc' }, 'sort'],
  ])('%j → 400 naming %s', async (query, name) => {
    const res = await trail(query);
    expectProblem(res, 400, 'REQUEST.VALIDATION_FAILED');
    expect(fieldPaths(res)).toContain(name);
  });
});

describe('who may read the trail', () => {
  it('the inspectorate and the platform administrator may; the head of the agency may not (403)', async () => {
    await trail({ limit: 1 }, h.admin).expect(200);
    expectProblem(await trail({ limit: 1 }, h.head.headers), 403, 'ACCESS.DENIED');
  });

  it('another tenant’s account does not see this tenant at all (404)', async () => {
    const stranger = await h.api.createTenantAccount('kota-lain-x');
    expectProblem(await trail({ limit: 1 }, h.api.auth(stranger.token)), 404, 'NOT_FOUND');
  });
});

describe('after a person’s personal data is erased (UU PDP)', () => {
  it('the trail still lists their change, with their name read as erased', async () => {
    await h.api.http
      .post(`${h.root}/people/${h.secretary.account}/erasure`)
      .set(h.admin)
      .send({ reason: 'Permohonan penghapusan data pribadi oleh subjek data (UU 27/2022)' })
      .expect(201);
    const res = await trail({ person: h.secretary.account }).expect(200);
    expect(res.body.entries).toEqual([
      expect.objectContaining({
        type: 'RealizationCorrected',
        actor: { account: h.secretary.account, name: ERASED },
        post: 'sekretaris-bkpsdm',
        reason: CORRECTION.reason,
      }),
    ]);
  });
});
