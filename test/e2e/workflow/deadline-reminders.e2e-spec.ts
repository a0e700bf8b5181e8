/*
 * Deadlines over the real pieces: PostgreSQL, Redis, the API, and the worker in-process (its
 * projections following the log, the outbox relay and the BullMQ processors, on the run's
 * QUEUE_PREFIX). Due periods are shortened to seconds; every wait is bounded, none is asserted.
 */
import { loadConfig } from '@jejak/config';
import { requestContext } from '@jejak/database';
import { EVENT_STORE, EventStore } from '@jejak/eventstore';
import { QUEUES, workerConnection } from '@jejak/outbox';
import { deadlineJobId, workflowStream } from '@jejak/workflow';
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Job, Queue } from 'bullmq';
import { WorkerModule } from '../../../apps/worker/src/worker.module';
import { E2eApi, startApi } from '../support/e2e-app';
import {
  Bkpsdm,
  approveAsPlt,
  bkpsdm,
  defineRealizationChain,
  eventually,
  notificationsOf,
  realizationTitle,
  submitRealization,
} from './deadline-e2e.support';

const config = loadConfig();
/** The verification step waits 4 s: reminded after 3 s (a quarter left), escalated at 4 s. */
const DUE_IN_SECONDS = 4;
const TITLE = realizationTitle('Q1');

let api: E2eApi;
let worker: INestApplicationContext;
let org: Bkpsdm;
const queue = (name: string) =>
  new Queue(name, { connection: workerConnection(config.redisUrl), prefix: config.queuePrefix });
const reminders = queue(QUEUES.reminders);
const notifications = queue(QUEUES.notifications);

const streamTypes = (workflowId: string) =>
  requestContext.run({ tenantId: org.tenant, platform: false }, async () =>
    (await api.app.get<EventStore>(EVENT_STORE).readStream(workflowStream(org.tenant, workflowId))).map(
      (e) => ({
        type: e.type,
        data: e.data,
      }),
    ),
  );
const finished = async (q: Queue, id: string): Promise<Job | undefined> => {
  const job = await q.getJob(id);
  return job?.finishedOn ? job : undefined;
};

beforeAll(async () => {
  api = await startApi();
  worker = await NestFactory.createApplicationContext(WorkerModule.forRoot({ follow: true }), {
    logger: false,
  });
  org = await bkpsdm(api);
  // The worker's tenant-directory projection must know the posts before a step is resolved.
  const admin = api.auth(await api.adminToken());
  await eventually(
    async () => {
      const res = await api.http.get(`/api/v1/tenants/${org.tenant}/posts`).set(admin);
      return res.status === 200 && res.body.items?.length === 3 ? true : undefined;
    },
    30_000,
    'the posts in the directory',
  );
  await defineRealizationChain(api, org, DUE_IN_SECONDS);
}, 90_000);

afterAll(async () => {
  await worker?.close();
  await api?.close();
  await Promise.all([reminders.close(), notifications.close()]);
});

describe('a submission waiting past its due time', () => {
  let workflowId: string;

  it('tells the step’s holders it awaits them, reminds them before the due time, then escalates to the superior post', async () => {
    workflowId = await submitRealization(api, org, 'Q1');

    const reminder = await eventually(
      async () => (await notificationsOf(api, org.pltKabid, workflowId)).find((n) => n.kind === 'reminder'),
      30_000,
      'the reminder',
    );
    expect(reminder).toMatchObject({
      title: `Pengingat: ${TITLE}`,
      message: expect.stringMatching(
        /^Pengingat: usulan ".+" menunggu persetujuan Anda pada tahap Verifikasi .+ WIB\.$/,
      ),
      readAt: null,
    });
    const escalation = await eventually(
      async () => (await notificationsOf(api, org.kepala, workflowId)).find((n) => n.kind === 'escalation'),
      30_000,
      'the escalation',
    );
    expect(escalation).toMatchObject({ title: `Eskalasi: ${TITLE}`, dueAt: reminder.dueAt });

    // Told on the workflow stream by the jobs' commands: the reminder first, each once, round 1.
    const told = (await streamTypes(workflowId)).filter((e) => e.type !== 'SubmissionOpened');
    expect(told).toEqual([
      {
        type: 'StepReminderSent',
        data: { step: 0, round: 1, dueAt: reminder.dueAt, posts: ['kabid-mutasi'] },
      },
      { type: 'StepEscalated', data: { step: 0, round: 1, dueAt: reminder.dueAt, to: ['kepala-bkpsdm'] } },
    ]);
    expect((await notificationsOf(api, org.pltKabid, workflowId)).map((n) => n.kind).sort()).toEqual([
      'awaiting',
      'reminder',
    ]);
  });

  it('reaches posts, not people: the Plt. in office, never the Kepala Bidang whose appointment ended', async () => {
    expect(await notificationsOf(api, org.formerKabid, workflowId)).toEqual([]);
    expect(await notificationsOf(api, org.staf, workflowId)).toEqual([]);
  });

  it('mails each notification once, through the log transport when no SMTP server is configured', async () => {
    const [reminder] = (await notificationsOf(api, org.pltKabid, workflowId)).filter(
      (n) => n.kind === 'reminder',
    );
    const job = await eventually(() => finished(notifications, reminder.id), 30_000, 'the email job');
    expect(job.name).toBe('email');
    expect(job.data.payload).toMatchObject({
      to: org.pltKabid.email,
      subject: `[Jejak] Pengingat: ${TITLE}`,
    });
    expect(job.returnvalue).toMatchObject({ via: 'log', accepted: [org.pltKabid.email] });
  });
});

describe('a submission approved before its due time', () => {
  it('gets no reminder and no escalation, ever', async () => {
    const dueAt = Date.now() + DUE_IN_SECONDS * 1000;
    const workflowId = await submitRealization(api, org, 'Q2');
    await approveAsPlt(api, org, workflowId);

    // Its deadline jobs were scheduled all the same (nothing is cancelled), and both ran…
    const jobs = await eventually(
      async () => {
        const ran = await Promise.all(
          (['reminder', 'escalation'] as const).map((kind) =>
            finished(reminders, deadlineJobId(org.tenant, workflowId, 1, kind)),
          ),
        );
        return ran.every((job) => job !== undefined) ? (ran as Job[]) : undefined;
      },
      30_000,
      'both deadline jobs of round 1',
    );
    // …finding the step approved: their commands recorded nothing.
    expect(jobs.map((job) => job.returnvalue)).toEqual([
      expect.objectContaining({ recorded: false }),
      expect.objectContaining({ recorded: false }),
    ]);
    // Past the due time with a margin, the worker still following the log:
    await eventually(async () => (Date.now() > dueAt + 2_000 ? true : undefined), 30_000, 'the due time');
    expect((await streamTypes(workflowId)).map((e) => e.type)).toEqual([
      'SubmissionOpened',
      'StepApproved',
      'SubmissionApproved',
    ]);
    const kinds = (await notificationsOf(api, org.pltKabid, workflowId)).map((n) => n.kind);
    expect(kinds.filter((kind) => kind !== 'awaiting')).toEqual([]);
    expect(await notificationsOf(api, org.kepala, workflowId)).toEqual([]);
  });
});
