import { RecordedOf } from '@jejak/projections';
import { recordedEvent } from '@jejak/testing';
import { DEFAULT_CHAINS, DEFAULT_DUE_IN_SECONDS } from '../domain/approval-chain.defaults';
import { WorkflowActor } from '../domain/workflow.events';
import { WorkflowItemEntity } from './workflow-item.entity';
import {
  InboxEvent,
  assigneeRows,
  awaiting,
  drafterKey,
  inboxAction,
  inboxItem,
} from './workflow-inbox.rows';

// A quarter's realizations of Bidang Mutasi dan Kepangkatan, BKPSDM Kota Dumai (DOMAIN.md: staff →
// kepala bidang of the unit → sekretaris), on the default chain with its 3-day due period.
const TENANT = 'kota-dumai';
const ID = 'wf-realisasi-tw1';
const MUTASI = 'bidang-mutasi-kepangkatan';
const DAY = 24 * 3600 * 1000;
const t0 = new Date('2024-04-05T01:00:00.000Z');
const at = (days: number) => new Date(t0.getTime() + days * DAY);

const staf: WorkflowActor = { account: 'acc-staf', name: 'Staf Mutasi', post: 'staf-mutasi', acting: false };
const pltKabid: WorkflowActor = {
  account: 'acc-plt',
  name: 'Plt. Kabid',
  post: 'kabid-mutasi',
  acting: true,
};
const sekretaris: WorkflowActor = {
  account: 'acc-sek',
  name: 'Sekretaris',
  post: 'sekretaris-bkpsdm',
  acting: false,
};

let position = 0;
const recorded = <E extends InboxEvent>(
  type: E['type'],
  data: E['data'],
  occurredAt: Date,
  seq = position++,
) =>
  recordedEvent({ type, data } as E, {
    tenantId: TENANT,
    stream: `${TENANT}/workflow-${ID}`,
    streamPosition: seq,
    recordedAt: occurredAt,
    occurredAt,
  });

const chain = DEFAULT_CHAINS.realization;
const opened = (submittedBy = staf) => {
  position = 0;
  return recorded<Extract<InboxEvent, { type: 'SubmissionOpened' }>>(
    'SubmissionOpened',
    {
      workflowId: ID,
      documentType: 'realization',
      agency: 'bkpsdm',
      unit: MUTASI,
      title: 'Realisasi TW I 2024 Bidang Mutasi dan Kepangkatan',
      change: { command: 'ReportRealization', data: {} },
      chain,
      submittedBy,
      note: null,
    },
    t0,
  );
};

/** Folds events through the pure core, as the projector does row by row. */
const fold = (events: RecordedOf<InboxEvent>[]) =>
  events.reduce<WorkflowItemEntity | null>((row, event) => inboxItem(row, event), null);

const approved = (step: number, by: WorkflowActor, day: number) =>
  recorded<Extract<InboxEvent, { type: 'StepApproved' }>>('StepApproved', { step, by, note: null }, at(day));
const returned = (step: number, toStep: number | null, day: number) =>
  recorded<Extract<InboxEvent, { type: 'SubmissionReturned' }>>(
    'SubmissionReturned',
    {
      step,
      to: toStep === null ? 'drafter' : 'previous',
      toStep,
      by: sekretaris,
      note: 'Lampirkan bukti dukung',
    },
    at(day),
  );
const resubmitted = (day: number) =>
  recorded<Extract<InboxEvent, { type: 'SubmissionResubmitted' }>>(
    'SubmissionResubmitted',
    {
      by: staf,
      change: { command: 'ReportRealization', data: { revised: true } },
      note: 'Bukti dilampirkan',
    },
    at(day),
  );

describe('a submission opened', () => {
  it('waits on the first step from when it was submitted, due after the step’s period', () => {
    const item = fold([opened()])!;
    expect(item).toMatchObject({
      status: 'pending',
      currentStep: 0,
      stepName: chain[0].name,
      round: 1,
      submittedByAccount: 'acc-staf',
      submittedByPost: 'staf-mutasi',
      submittedAt: t0,
      waitingSince: t0,
      dueAt: new Date(t0.getTime() + DEFAULT_DUE_IN_SECONDS * 1000),
      revision: 0,
    });
    expect(awaiting(item)).toEqual({ kind: 'step', assignees: chain[0].assignees });
  });

  it('records the submission in the drafter’s history', () => {
    const event = opened();
    expect(inboxAction(fold([event])!, event)).toMatchObject({
      seq: 0,
      action: 'submitted',
      step: null,
      actorAccount: 'acc-staf',
      actorPost: 'staf-mutasi',
      acting: false,
      title: 'Realisasi TW I 2024 Bidang Mutasi dan Kepangkatan',
    });
  });
});

describe('a step approved that is not the last', () => {
  const events = () => [opened(), approved(0, pltKabid, 1)];

  it('moves the item to the next step, waiting from the approval, in a new round', () => {
    const item = fold(events())!;
    expect(item).toMatchObject({ status: 'pending', currentStep: 1, stepName: chain[1].name, round: 2 });
    expect(item.waitingSince).toEqual(at(1));
    expect(item.dueAt).toEqual(at(4));
    expect(awaiting(item)).toEqual({ kind: 'step', assignees: chain[1].assignees });
  });

  it('records the acting official (Plt.) in the post acted in', () => {
    const [first, second] = events();
    const item = fold([first, second])!;
    expect(inboxAction(item, second)).toMatchObject({
      action: 'approved',
      step: 0,
      stepName: chain[0].name,
      actorAccount: 'acc-plt',
      actorPost: 'kabid-mutasi',
      acting: true,
    });
  });
});

describe('a submission returned', () => {
  it('to the drafter leaves every step and waits for the drafter, undated', () => {
    const item = fold([opened(), approved(0, pltKabid, 1), returned(1, null, 2)])!;
    expect(item).toMatchObject({ status: 'returned', currentStep: null, round: 3, dueAt: null });
    expect(item.waitingSince).toEqual(at(2));
    const drafter = awaiting(item);
    expect(drafter).toEqual({ kind: 'drafter', post: 'staf-mutasi', account: 'acc-staf' });
    // Keyed on the post submitted in, and marked with the drafter's account: only they see it.
    expect(
      assigneeRows(item, [drafterKey({ post: 'staf-mutasi', account: 'acc-staf' })], 'acc-staf'),
    ).toEqual([expect.objectContaining({ post: 'staf-mutasi', account: 'acc-staf', dueAt: null })]);
  });

  it('to a drafter who submitted in no post, is keyed on the account', () => {
    expect(drafterKey({ post: null, account: 'acc-staf' })).toBe('account:acc-staf');
  });

  it('to the previous step waits on that step again, with its due period', () => {
    const item = fold([opened(), approved(0, pltKabid, 1), returned(1, 0, 2)])!;
    expect(item).toMatchObject({ status: 'pending', currentStep: 0, round: 3 });
    expect(item.dueAt).toEqual(at(5));
  });

  it('keeps the note of the return in the history', () => {
    const events = [opened(), approved(0, pltKabid, 1), returned(1, null, 2)];
    expect(inboxAction(fold(events)!, events[2])).toMatchObject({
      action: 'returned',
      step: 1,
      actorPost: 'sekretaris-bkpsdm',
      note: 'Lampirkan bukti dukung',
    });
  });
});

describe('a submission resubmitted', () => {
  it('goes through the chain again from its first step', () => {
    const item = fold([opened(), approved(0, pltKabid, 1), returned(1, null, 2), resubmitted(3)])!;
    expect(item).toMatchObject({ status: 'pending', currentStep: 0, round: 4 });
    expect(item.waitingSince).toEqual(at(3));
    expect(awaiting(item).kind).toBe('step');
  });
});

describe('a submission finished', () => {
  it('by the last step’s approval leaves every inbox', () => {
    const events = [opened(), approved(0, pltKabid, 1), approved(1, sekretaris, 2)];
    const item = fold(events)!;
    expect(item).toMatchObject({ status: 'approved', currentStep: null, dueAt: null, revision: 2 });
    expect(awaiting(item)).toEqual({ kind: 'nobody' });
  });

  it('records no one’s act for the SubmissionApproved that follows', () => {
    const events = [opened(), approved(0, pltKabid, 1), approved(1, sekretaris, 2)];
    const done = recorded<Extract<InboxEvent, { type: 'SubmissionApproved' }>>(
      'SubmissionApproved',
      { change: { command: 'ReportRealization', data: {} } },
      at(2),
    );
    const item = inboxItem(fold(events), done)!;
    expect(item).toMatchObject({ status: 'approved', revision: 3 });
    expect(inboxAction(item, done)).toBeNull();
  });

  it.each([
    ['rejected', 'SubmissionRejected', { step: 0, by: pltKabid, note: 'Bukan kewenangan bidang' }],
    ['withdrawn', 'SubmissionWithdrawn', { by: staf, note: null }],
  ] as const)('when %s, leaves every inbox and stays in the history', (status, type, data) => {
    const first = opened();
    const last = recorded(type, data as never, at(1));
    const item = fold([first, last])!;
    expect(item).toMatchObject({ status, currentStep: null, dueAt: null });
    expect(awaiting(item)).toEqual({ kind: 'nobody' });
    expect(inboxAction(item, last)?.action).toBe(status);
  });
});

describe('replaying', () => {
  it('an event already applied changes nothing', () => {
    const first = opened();
    const second = approved(0, pltKabid, 1);
    const item = fold([first, second]);
    expect(inboxItem(item, second)).toBe(item);
    expect(inboxItem(item, first)).toBe(item);
  });

  it('a transition of a submission never opened writes nothing', () => {
    position = 1;
    expect(inboxItem(null, approved(0, pltKabid, 1))).toBeNull();
  });
});
