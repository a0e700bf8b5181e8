import { RequestContext, inTenantEntityTransaction, requestContext } from '@jejak/database';
import { EventStore, EventStore1760000000100, createPostgresEventStore } from '@jejak/eventstore';
import { ProjectionCheckpoints1760000000300, ProjectionRunner, projectionEntities } from '@jejak/projections';
import { UnknownAgency, agencyStream } from '@jejak/tenancy';
import { ScratchDatabase, scratchDatabase, specMetadata } from '@jejak/testing';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { RecordEvaluationData } from '../domain/evaluation.decider';
import { UnknownEvaluation } from '../domain/evaluation.errors';
import { EvidenceFiles1760000001020 } from '../evidence/evidence-files.migration';
import { findEvidenceFile, sha256Of } from '../evidence/evidence-files';
import { PlanFollowUpCommand } from '../plan-follow-up/plan-follow-up.command';
import { PlanFollowUpHandler } from '../plan-follow-up/plan-follow-up.handler';
import { RecordEvaluationCommand } from '../record-evaluation/record-evaluation.command';
import { RecordEvaluationHandler } from '../record-evaluation/record-evaluation.handler';
import { ReportFollowUpProgressCommand } from '../report-follow-up-progress/report-follow-up-progress.command';
import { ReportFollowUpProgressHandler } from '../report-follow-up-progress/report-follow-up-progress.handler';
import {
  GetEvaluationHandler,
  ListEvaluationsHandler,
  ListFollowUpsHandler,
} from './evaluation-records.handler';
import { EvaluationRecords1760000001010 } from './evaluation-records.migration';
import { EVALUATION_RECORDS, evaluationRecordsProjection } from './evaluation-records.projection';
import { GetEvaluationQuery, ListEvaluationsQuery, ListFollowUpsQuery } from './evaluation-records.query';

// The LHE 2023 of BKPSDM Kota Dumai (fixtures/kota-dumai-bkpsdm-2024.json), and Kota Bontang's of 2019.
const inTenant = (tenantId: string): RequestContext => ({ tenantId, platform: false, source: 'api' });
const dumai = { tenantId: 'kota-dumai', agency: 'bkpsdm', fiscalYearEvaluated: 2023 };

let db: ScratchDatabase;
let owner: Client;
let dataSource: DataSource;
let store: EventStore;
let runner: ProjectionRunner;
let commandNo = 0;

const meta = (tenantId: string) =>
  specMetadata({ tenantId, commandId: `00000000-0000-4000-8000-${String(++commandNo).padStart(12, '0')}` });
const asTenant = <T>(tenantId: string, fn: () => Promise<T>): Promise<T> =>
  requestContext.run(inTenant(tenantId), fn);

/** Tenancy's AgencyCreated, appended as tenancy would: the LHE checks its agency in the log. */
async function createAgency(tenantId: string, agencyId: string): Promise<void> {
  const data = {
    tenantId,
    agencyId,
    name: 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia',
    shortName: 'BKPSDM',
  };
  const metadata = { tenantId, schemaVersion: 1, source: 'system' as const };
  const id = `10000000-0000-4000-8000-${String(++commandNo).padStart(12, '0')}`;
  await requestContext.run({ platform: true, source: 'system' }, () =>
    store.appendToStream(agencyStream(tenantId, agencyId), [{ id, type: 'AgencyCreated', data, metadata }]),
  );
}

const lhe = (address: typeof dumai, recommendations: string[]): RecordEvaluationData => ({
  ...address,
  letterNumber: '700/1320.1/INSP-S',
  issuedOn: '2023-12-08',
  evaluator: 'Inspektorat Kota Dumai',
  rubric: 'permenpanrb-88-2021',
  components: [],
  stated: { score: null, grade: null },
  recommendations: recommendations.map((text) => ({ text, component: null })),
});

const record = (data: RecordEvaluationData) =>
  asTenant(data.tenantId, () =>
    new RecordEvaluationHandler(store).execute(new RecordEvaluationCommand(data, meta(data.tenantId))),
  );

const pdf = Buffer.from('%PDF-1.4 SK IKI BKPSDM 2024');
const tables = async () => ({
  evaluations: (await owner.query('SELECT * FROM evaluations ORDER BY tenant_id, agency')).rows,
  followUps: (await owner.query('SELECT * FROM follow_ups ORDER BY tenant_id, recommendation')).rows,
});

beforeAll(async () => {
  db = await scratchDatabase([
    EventStore1760000000100,
    ProjectionCheckpoints1760000000300,
    EvaluationRecords1760000001010,
    EvidenceFiles1760000001020,
  ]);
  owner = new Client({ connectionString: db.ownerUrl });
  await owner.connect();
  dataSource = await new DataSource({
    type: 'postgres',
    url: db.appUrl,
    entities: projectionEntities([evaluationRecordsProjection]),
  }).initialize();
  store = createPostgresEventStore({ url: db.appUrl, poolSize: 4 });
  runner = new ProjectionRunner(dataSource, store, [evaluationRecordsProjection], { batchSize: 2 });

  await createAgency('kota-dumai', 'bkpsdm');
  await createAgency('kota-bontang', 'bkpsdm');
  await record(lhe(dumai, ['Menyusun Rencana Aksi', 'Menyusun SK IKI', 'Melengkapi lembar penilaian TPP']));
  await record(
    lhe({ tenantId: 'kota-bontang', agency: 'bkpsdm', fiscalYearEvaluated: 2019 }, ['Target Kinerja']),
  );
  const plan = {
    ...dumai,
    recommendation: 2,
    action: 'SK IKI disusun',
    expectedOutput: 'SK IKI 2024',
    due: '2024-02-05',
    responsibleUnit: 'Sekretariat BKPSDM Kota Dumai',
    unit: null,
  };
  await asTenant('kota-dumai', () =>
    new PlanFollowUpHandler(store).execute(new PlanFollowUpCommand(plan, meta('kota-dumai'))),
  );
  const upload = {
    sha256: sha256Of(pdf),
    name: 'sk-iki.pdf',
    mediaType: 'application/pdf',
    size: pdf.length,
    bytes: pdf,
  };
  const { bytes: _bytes, ...file } = upload;
  const progress = {
    ...dumai,
    recommendation: 2,
    note: 'SK IKI ditetapkan',
    evidence: { kind: 'file' as const, ...file },
    complete: true,
  };
  await asTenant('kota-dumai', () =>
    new ReportFollowUpProgressHandler(store, dataSource).execute(
      new ReportFollowUpProgressCommand(progress, meta('kota-dumai'), undefined, upload),
    ),
  );
  await runner.catchUp();
});

afterAll(async () => {
  await store?.close();
  await dataSource?.destroy();
  await owner?.end();
  await db?.drop();
});

describe('the follow-up table', () => {
  it('lists each recommendation of the LHE with its plan, status and evidence; done counts the ones reported done', async () => {
    const list = await asTenant('kota-dumai', () =>
      new ListFollowUpsHandler(dataSource, store).execute(
        new ListFollowUpsQuery('kota-dumai', 'bkpsdm', 2023),
      ),
    );
    expect(list.items.map((f) => [f.id, f.status, f.done])).toEqual([
      ['2023-1', 'open', false],
      ['2023-2', 'reported', true],
      ['2023-3', 'open', false],
    ]);
    expect(list.items[1]).toMatchObject({
      action: 'SK IKI disusun',
      due: '2024-02-05',
      evidence: [
        {
          kind: 'file',
          sha256: sha256Of(pdf),
          href: `/api/v1/tenants/kota-dumai/agencies/bkpsdm/evidence/${sha256Of(pdf)}`,
        },
      ],
      verifiedOn: null,
    });
    expect([list.summary, list.revision]).toEqual([{ recommendations: 3, done: 1, verified: 0 }, 2]);
  });

  it('keeps the evidence file’s bytes by its hash, in its tenant only', async () => {
    const file = await asTenant('kota-dumai', () => findEvidenceFile(dataSource, sha256Of(pdf)));
    expect(file).toMatchObject({ name: 'sk-iki.pdf', mediaType: 'application/pdf', size: pdf.length });
    expect(file?.bytes.equals(pdf)).toBe(true);
    expect(await asTenant('kota-bontang', () => findEvidenceFile(dataSource, sha256Of(pdf)))).toBeNull();
  });

  it('answers an unknown LHE and an unknown agency with 404s', async () => {
    await expect(
      asTenant('kota-dumai', () =>
        new ListFollowUpsHandler(dataSource, store).execute(
          new ListFollowUpsQuery('kota-dumai', 'bkpsdm', 2022),
        ),
      ),
    ).rejects.toThrow(UnknownEvaluation);
    await expect(
      asTenant('kota-dumai', () =>
        new ListEvaluationsHandler(dataSource, store).execute(
          new ListEvaluationsQuery('kota-dumai', 'dinkes'),
        ),
      ),
    ).rejects.toThrow(UnknownAgency);
  });
});

describe('the LHEs of an agency', () => {
  it('list each LHE with its follow-ups done, and give one with its revision', async () => {
    const { items } = await asTenant('kota-dumai', () =>
      new ListEvaluationsHandler(dataSource, store).execute(new ListEvaluationsQuery('kota-dumai', 'bkpsdm')),
    );
    expect(items.map((e) => [e.fiscalYearEvaluated, e.recommendations, e.followUpsDone])).toEqual([
      [2023, 3, 1],
    ]);
    const detail = await asTenant('kota-dumai', () =>
      new GetEvaluationHandler(dataSource, store).execute(
        new GetEvaluationQuery('kota-dumai', 'bkpsdm', 2023),
      ),
    );
    expect([detail.letterNumber, detail.followUps.length, detail.revision]).toEqual([
      '700/1320.1/INSP-S',
      3,
      2,
    ]);
  });

  it("show a tenant none of another tenant's rows", async () => {
    const rows = await asTenant('kota-dumai', () =>
      inTenantEntityTransaction(dataSource, (m) => m.query('SELECT DISTINCT tenant_id FROM follow_ups')),
    );
    expect(rows).toEqual([{ tenant_id: 'kota-dumai' }]);
  });

  it('are rebuilt from the log to the same rows', async () => {
    const incremental = await tables();
    await runner.rebuild(EVALUATION_RECORDS);
    expect(await tables()).toEqual(incremental);
  });
});
