import { loadConfig } from '@jejak/config';
import { OutboxModule, bullRootModule } from '@jejak/outbox';
import { projectionEntities } from '@jejak/projections';
import { WORKFLOW_QUEUE, WorkflowEffects, WorkflowEffectsWorkerModule } from '@jejak/workflow';
import { INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { eventStoreModule } from '../../../apps/worker/src/event-store.module';
import { PROJECTIONS } from '../../../apps/worker/src/projections';
import { MUTASI, Official, WorkflowE2e, startWorkflowE2e } from './workflow-e2e.support';

// The worker's side of an approval, over the real outbox relay and BullMQ: the API loses its
// inline application (a crash after SubmissionApproved), the worker applies the change.
let e2e: WorkflowE2e;
let worker: INestApplicationContext;
let staf: Official;
let kabid: Official;
let sekretaris: Official;

/** The worker's composition for the `workflow` queue only: the relay of its rows and its processor. */
@Module({})
class WorkflowWorkerUnderTest {}

beforeAll(async () => {
  e2e = await startWorkflowE2e();
  staf = await e2e.official([{ post: 'staf-mutasi' }]);
  kabid = await e2e.official([{ post: 'kabid-mutasi' }]);
  sekretaris = await e2e.official([{ post: 'sekretaris-bkpsdm' }]);
  const config = loadConfig();
  worker = await NestFactory.createApplicationContext(
    {
      module: WorkflowWorkerUnderTest,
      imports: [
        TypeOrmModule.forRoot({
          type: 'postgres',
          url: config.appDatabaseUrl,
          entities: projectionEntities(PROJECTIONS),
        }),
        eventStoreModule(config),
        bullRootModule(),
        OutboxModule.forRoot({ queues: [WORKFLOW_QUEUE], pollIntervalMs: 50 }),
        WorkflowEffectsWorkerModule,
      ],
    },
    { logger: false },
  );
  await worker.init();
});
afterAll(async () => {
  await worker?.close();
  await e2e?.api.close();
});

it('applies an approved change the API could not apply, from the job written with the approval', async () => {
  const body = {
    documentType: 'realization',
    agency: 'bkpsdm',
    title: 'Realisasi FY 2024 Bidang Mutasi dan Kepangkatan',
    change: {
      command: 'ReportRealizations',
      data: {
        agency: 'bkpsdm',
        fiscalYear: 2024,
        period: 'FY',
        unit: MUTASI,
        items: [{ indicator: 'S1.1', value: 279 }],
      },
    },
  };
  const workflows = `${e2e.base}/workflows`;
  const id = (await e2e.api.http.post(workflows).set(staf.auth).send(body).expect(201)).body.workflow;
  await e2e.api.http.post(`${workflows}/${id}/approve`).set(kabid.auth).send({}).expect(200);
  jest.spyOn(e2e.api.app.get(WorkflowEffects), 'apply').mockRejectedValueOnce(new Error('process killed'));
  const approved = await e2e.api.http
    .post(`${workflows}/${id}/approve`)
    .set(sekretaris.auth)
    .send({})
    .expect(200);
  expect(approved.body.applied).toBe(false);

  const ledger = () => e2e.streamEvents(`${e2e.tenant}/realization-bkpsdm-2024`);
  const deadline = Date.now() + 30_000;
  while ((await ledger()).length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  const [reported] = await ledger();
  expect(reported).toMatchObject({
    type: 'RealizationReported',
    data: { indicator: 'S1.1', period: 'FY', measurement: { kind: 'value', value: '279' } },
    metadata: {
      actor: { account: sekretaris.id, post: 'sekretaris-bkpsdm' },
      causationId: id,
      source: 'system',
    },
  });
});
