import { createHash } from 'node:crypto';
import { E2eApi, startApi } from '../support/e2e-app';
import { expectProblem, fieldPaths } from '../support/problem';
import { EvaluationE2e, INSPEKTUR, Official, TATA_USAHA, startEvaluationE2e } from './evaluation-e2e.support';

// BKPSDM Kota Dumai's LHE 2023 (fixtures/kota-dumai-bkpsdm-2024.json: letter 700/1320.1/INSP-S of
// 2023-12-08, its recommendations), scored here on PermenPAN-RB 88/2021 (30/30/15/25, DOMAIN.md).
let api: E2eApi;
let e2e: EvaluationE2e;
let inspektur: Official;
let sekretaris: Official;
let kasubbag: Official;
let evaluations: string;

const lhe = (fiscalYearEvaluated: number, evaluasiInternal: number | string) => ({
  fiscalYearEvaluated,
  letterNumber: '700/1320.1/INSP-S',
  issuedOn: '2023-12-08',
  evaluator: 'Inspektorat Kota Dumai',
  rubric: 'permenpanrb-88-2021',
  components: [
    { component: 'perencanaan', score: 27 },
    { component: 'pengukuran', score: '27' },
    { component: 'pelaporan', score: 13.5 },
    { component: 'evaluasi-internal', score: evaluasiInternal },
  ],
  recommendations: [
    {
      text: 'Menyusun Rencana Aksi dan Monev Rencana Aksi atas Perjanjian Kinerja (PK) secara berjenjang',
      component: 'perencanaan',
    },
    { text: 'Menyusun SK IKI dilengkapi dengan definisi operasional yang jelas', component: 'pengukuran' },
  ],
});

beforeAll(async () => {
  api = await startApi();
  e2e = await startEvaluationE2e(api);
  inspektur = await e2e.official([{ post: INSPEKTUR }]);
  sekretaris = await e2e.official([{ post: 'sekretaris-bkpsdm' }]);
  kasubbag = await e2e.official([{ post: 'kasubbag-tu' }]);
  evaluations = `${e2e.base}/agencies/bkpsdm/evaluations`;
});
afterAll(() => api?.close());

describe('an LHE recorded by the inspectorate', () => {
  it.each([
    [2021, 22.5, '90.00', 'A'],
    [2022, '22.51', '90.01', 'AA'],
    [2023, 25, '92.50', 'AA'],
  ])(
    'of fiscal year %i is graded from the bands of its rubric (Evaluasi Internal %s → %s, %s)',
    async (year, score, total, grade) => {
      const res = await api.http.post(evaluations).set(inspektur.auth).send(lhe(year, score)).expect(201);
      expect(res.body).toMatchObject({
        fiscalYearEvaluated: year,
        total,
        grade,
        discrepancies: [],
        recommendations: 2,
      });
      expect(res.headers.etag).toBe(`"${res.body.revision}"`);
    },
  );

  it('grades exactly 0 D, and exactly 30 D (the older rubric, 30/25/15/10/20)', async () => {
    const zero = ['perencanaan', 'pengukuran', 'pelaporan', 'evaluasi-internal', 'capaian'].map(
      (component) => ({
        component,
        score: 0,
      }),
    );
    const res = await api.http
      .post(evaluations)
      .set(inspektur.auth)
      .send({ fiscalYearEvaluated: 2017, rubric: 'permenpanrb-12-2015', components: zero })
      .expect(201);
    expect([res.body.total, res.body.grade]).toEqual(['0.00', 'D']);
    const thirty = zero.map((c, i) => ({ ...c, score: i === 0 ? 30 : 0 }));
    const again = await api.http
      .post(evaluations)
      .set(inspektur.auth)
      .send({ fiscalYearEvaluated: 2018, rubric: 'permenpanrb-12-2015', components: thirty })
      .expect(201);
    expect([again.body.total, again.body.grade]).toEqual(['30.00', 'D']);
  });

  it('keeps a printed total its components contradict, flagged (the seed: 71,31 printed, 71,32 added)', async () => {
    const components = [
      ['perencanaan', 25.82],
      ['pengukuran', 17.19],
      ['pelaporan', 11.9],
      ['evaluasi-internal', 7.44],
      ['capaian', 8.97],
    ].map(([component, score]) => ({ component, score }));
    const res = await api.http
      .post(evaluations)
      .set(inspektur.auth)
      .send({
        fiscalYearEvaluated: 2019,
        rubric: 'permenpanrb-12-2015',
        components,
        score: 71.31,
        grade: 'BB',
      })
      .expect(201);
    expect(res.body).toMatchObject({ total: '71.32', grade: 'BB', discrepancies: ['TOTAL_DIFFERS'] });
  });

  it('records nothing when the same LHE comes again (200), and refuses a different one (422)', async () => {
    await api.http.post(evaluations).set(inspektur.auth).send(lhe(2023, 25)).expect(200);
    expectProblem(
      await api.http.post(evaluations).set(inspektur.auth).send(lhe(2023, 24)),
      422,
      'EVALUATION.ALREADY_RECORDED',
    );
  });

  it('refuses a component score above its weight (422), a score above 100 and a wrong component (400)', async () => {
    expectProblem(
      await api.http.post(evaluations).set(inspektur.auth).send(lhe(2020, 25.01)),
      422,
      'EVALUATION.SCORE_ABOVE_WEIGHT',
    );
    const res = await api.http
      .post(evaluations)
      .set(inspektur.auth)
      .send({ ...lhe(2020, 20), score: 100.01, components: [{ component: 'Perencanaan', score: 1 }] });
    expectProblem(res, 400, 'REQUEST.VALIDATION_FAILED');
    expect(fieldPaths(res)).toEqual(expect.arrayContaining(['score', 'components[0].component']));
  });

  it("is refused to the agency's own officials: only the inspectorate records an LHE (403)", async () => {
    expectProblem(
      await api.http.post(evaluations).set(sekretaris.auth).send(lhe(2020, 20)),
      403,
      'ACCESS.DENIED',
    );
  });

  it('is read back with its components and recommendations, its revision as the ETag', async () => {
    await e2e.catchUp();
    const list = await api.http.get(evaluations).set(sekretaris.auth).expect(200);
    expect(list.body.items.map((e: { fiscalYearEvaluated: number }) => e.fiscalYearEvaluated)).toEqual([
      2023, 2022, 2021, 2019, 2018, 2017,
    ]);
    const res = await api.http.get(`${evaluations}/2019`).set(inspektur.auth).expect(200);
    expect(res.body).toMatchObject({ total: '71.32', stated: { score: '71.31', grade: 'BB' }, revision: 0 });
    expect(res.body.components).toHaveLength(5);
    expect(res.headers.etag).toBe('"0"');
  });
});

describe("a recommendation's follow-up, from planned to verified through the workflow", () => {
  const pdf = Buffer.from('%PDF-1.4 Rencana Aksi dan Monev Rencana Aksi BKPSDM Kota Dumai Tahun 2024');
  const sha256 = createHash('sha256').update(pdf).digest('hex');
  const recommendation = () => `${evaluations}/2023/recommendations/1`;
  const followUps = () => `${e2e.base}/agencies/bkpsdm/follow-ups?evaluation=2023`;
  const submission = {
    documentType: 'follow-up',
    agency: 'bkpsdm',
    title: 'Tindak lanjut rekomendasi 1 LHE SAKIP 2023',
    change: {
      command: 'VerifyFollowUp',
      data: { agency: 'bkpsdm', fiscalYearEvaluated: 2023, recommendation: 1, unit: TATA_USAHA },
    },
  };
  let workflow: string;

  it('is planned by the head of the responsible unit', async () => {
    const res = await api.http
      .post(`${recommendation()}/action-plan`)
      .set(kasubbag.auth)
      .send({
        action: 'Menyusun Rencana Aksi dan Monev Rencana Aksi atas PK secara berjenjang',
        expectedOutput: 'Dokumen Rencana Aksi dan Monev Rencana Aksi BKPSDM Kota Dumai Tahun 2024',
        due: '2024-02-05',
        responsibleUnit: 'Sekretariat BKPSDM Kota Dumai',
        unit: TATA_USAHA,
      })
      .expect(201);
    expect(res.body).toMatchObject({ followUp: '2023-1', status: 'planned' });
  });

  it('goes in progress with an uploaded file, kept by its SHA-256', async () => {
    const file = {
      name: 'rencana-aksi-2024.pdf',
      mediaType: 'application/pdf',
      contentBase64: pdf.toString('base64'),
    };
    const res = await api.http
      .post(`${recommendation()}/progress`)
      .set(kasubbag.auth)
      .send({ note: 'Rencana aksi disusun', file, unit: TATA_USAHA })
      .expect(201);
    expect(res.body.status).toBe('in-progress');
    const download = await api.http
      .get(`${e2e.base}/agencies/bkpsdm/evidence/${sha256}`)
      .set(inspektur.auth)
      .expect(200);
    expect(download.headers['content-type']).toMatch(/^application\/pdf/);
    expect(Buffer.from(download.body as Buffer).equals(pdf)).toBe(true);
  });

  it('cannot be submitted for verification before it is reported done (422)', async () => {
    expectProblem(
      await api.http.post(`${e2e.base}/workflows`).set(kasubbag.auth).send(submission),
      422,
      'FOLLOW_UP.NOT_REPORTED',
    );
  });

  it('is reported done with a link as evidence', async () => {
    const link = 'https://drive.google.com/file/d/1YdFFbVXmVDaq32rgwG-9zKyw4cNF8WX7/view?usp=sharing';
    const res = await api.http
      .post(`${recommendation()}/progress`)
      .set(kasubbag.auth)
      .send({ note: 'Output sudah tercapai', link, complete: true, unit: TATA_USAHA })
      .expect(201);
    expect(res.body.status).toBe('reported');
  });

  it('is submitted for verification and waits on the sekretaris, then the inspectorate', async () => {
    await e2e.catchUp();
    const res = await api.http.post(`${e2e.base}/workflows`).set(kasubbag.auth).send(submission).expect(201);
    workflow = res.body.workflow;
    expect(res.body.chain.map((s: { posts: string[] }) => s.posts)).toEqual([
      ['sekretaris-bkpsdm'],
      [INSPEKTUR],
    ]);
  });

  it('is verified when the inspectorate gives the final approval, in its post', async () => {
    await api.http
      .post(`${e2e.base}/workflows/${workflow}/approve`)
      .set(sekretaris.auth)
      .send({})
      .expect(200);
    const res = await api.http
      .post(`${e2e.base}/workflows/${workflow}/approve`)
      .set(inspektur.auth)
      .send({ note: 'Sesuai' })
      .expect(200);
    expect(res.body).toMatchObject({ status: 'approved', applied: true });
    const events = await e2e.streamEvents(`${e2e.tenant}/evaluation-bkpsdm-2023`);
    expect(events.at(-1)).toMatchObject({
      type: 'FollowUpVerified',
      data: { recommendation: 1 },
      metadata: { actor: { account: inspektur.id, post: INSPEKTUR }, causationId: workflow },
    });
  });

  it('shows in the follow-up table: action, output, due, unit, status, evidence, verified on', async () => {
    await e2e.catchUp();
    const res = await api.http.get(followUps()).set(sekretaris.auth).expect(200);
    const today = new Date().toISOString().slice(0, 10);
    expect(res.body.items[0]).toMatchObject({
      id: '2023-1',
      action: 'Menyusun Rencana Aksi dan Monev Rencana Aksi atas PK secara berjenjang',
      expectedOutput: 'Dokumen Rencana Aksi dan Monev Rencana Aksi BKPSDM Kota Dumai Tahun 2024',
      due: '2024-02-05',
      responsibleUnit: 'Sekretariat BKPSDM Kota Dumai',
      status: 'verified',
      done: true,
      verifiedOn: today,
      evidence: [
        { kind: 'file', sha256, name: 'rencana-aksi-2024.pdf', size: pdf.length },
        { kind: 'link', url: expect.stringMatching(/^https:\/\/drive\.google\.com/) },
      ],
    });
    expect(res.body.summary).toEqual({ recommendations: 2, done: 1, verified: 1 });
  });
});

describe('a follow-up the inspectorate returns', () => {
  const recommendation = () => `${evaluations}/2023/recommendations/2`;
  const verification = () => `${e2e.base}/agencies/bkpsdm/follow-ups/2023-2/verification`;

  beforeAll(async () => {
    await api.http
      .post(`${recommendation()}/action-plan`)
      .set(sekretaris.auth)
      .send({ action: 'Menyusun SK IKI', expectedOutput: 'SK IKI 2024', due: '2024-02-05' })
      .expect(201);
    await api.http
      .post(`${recommendation()}/progress`)
      .set(sekretaris.auth)
      .send({ note: 'SK IKI ditetapkan', complete: true })
      .expect(201);
  });

  it('is returned with a note by the inspectorate, and only by it (403)', async () => {
    const body = { outcome: 'returned', note: 'Lampirkan SK IKI yang sudah ditandatangani' };
    expectProblem(await api.http.post(verification()).set(sekretaris.auth).send(body), 403, 'ACCESS.DENIED');
    const res = await api.http.post(verification()).set(inspektur.auth).send(body).expect(200);
    expect(res.body).toMatchObject({ followUp: '2023-2', status: 'returned' });
  });

  it('is not accepted there: acceptance is the workflow’s final approval (400)', async () => {
    const res = await api.http
      .post(verification())
      .set(inspektur.auth)
      .send({ outcome: 'accepted', note: 'Ok' });
    expectProblem(res, 400, 'REQUEST.VALIDATION_FAILED');
    expect(fieldPaths(res)).toEqual(['outcome']);
  });

  it('goes in progress again when the agency reports more', async () => {
    const res = await api.http
      .post(`${recommendation()}/progress`)
      .set(sekretaris.auth)
      .send({ note: 'SK IKI sedang ditandatangani' })
      .expect(201);
    expect(res.body.status).toBe('in-progress');
  });
});
