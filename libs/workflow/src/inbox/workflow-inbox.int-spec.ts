import { DEFAULT_CHAINS } from '../domain/approval-chain.defaults';
import {
  DUMAI,
  InboxDb,
  actor,
  april,
  callers,
  pltKabid,
  sekretaris,
  staf,
} from './testing/inbox-db.fixture';

// A quarter's realizations of Bidang Mutasi dan Kepangkatan, BKPSDM Kota Dumai, up the unit's
// chain (DOMAIN.md: staff → kepala bidang of the unit → sekretaris), through the log.
const db = new InboxDb();
const change = { command: 'ReportRealization', data: {} };

beforeAll(() => db.start());
afterAll(() => db.stop());

describe('a quarter’s realizations up the unit’s chain', () => {
  it('wait in the kepala bidang’s inbox once submitted, not in the sekretaris’', async () => {
    await db.submit(DUMAI, 'tw1', { at: april(5) });
    await db.catchUp();
    expect(await db.assigneesOf('tw1')).toEqual(['kabid-mutasi']);
    const { actions } = await db.tables();
    expect(actions.map((a) => [a.workflow_id, a.action, a.actor_account])).toEqual([
      ['tw1', 'submitted', 'acc-staf'],
    ]);
    expect((await db.inbox(callers.pltKabid)).items).toEqual([
      expect.objectContaining({
        workflowId: 'tw1',
        documentType: 'realization',
        agency: 'bkpsdm',
        status: 'pending',
        step: { index: 0, name: DEFAULT_CHAINS.realization[0].name },
        submittedBy: { account: 'acc-staf', name: 'acc-staf', post: 'staf-mutasi' },
        waitingSince: april(5).toISOString(),
        dueAt: april(8).toISOString(),
        overdue: true,
      }),
    ]);
    expect(await db.ids(callers.sekretaris)).toEqual([]);
  });

  it('move to the sekretaris when the Plt. kepala bidang approves, recorded as acting', async () => {
    await db.transition(
      DUMAI,
      'tw1',
      [{ type: 'StepApproved', data: { step: 0, by: pltKabid, note: null } }],
      april(6),
    );
    await db.catchUp();
    expect(await db.ids(callers.sekretaris)).toEqual(['tw1']);
    expect(await db.ids(callers.pltKabid)).toEqual([]);
    expect((await db.history(callers.pltKabid)).items).toEqual([
      expect.objectContaining({ workflowId: 'tw1', action: 'approved', post: 'kabid-mutasi', acting: true }),
    ]);
  });

  it('come back to the drafter alone when returned, whoever else holds the post', async () => {
    const note = 'Lampirkan bukti dukung realisasi';
    const returned = { step: 1, to: 'drafter' as const, toStep: null, by: sekretaris, note };
    await db.transition(DUMAI, 'tw1', [{ type: 'SubmissionReturned', data: returned }], april(7));
    await db.catchUp();
    expect((await db.inbox(callers.staf)).items).toEqual([
      expect.objectContaining({ workflowId: 'tw1', status: 'returned', step: null, dueAt: null }),
    ]);
    expect(await db.ids(callers.otherStaf)).toEqual([]);
    expect(await db.ids(callers.sekretaris)).toEqual([]);
    expect((await db.history(callers.sekretaris)).items[0]).toMatchObject({ action: 'returned', note });
  });

  it('leave every inbox once the last step approves, and stay in each person’s history', async () => {
    const resubmitted = { by: staf, change, note: null };
    await db.transition(DUMAI, 'tw1', [{ type: 'SubmissionResubmitted', data: resubmitted }], april(8));
    await db.catchUp();
    expect(await db.ids(callers.pltKabid)).toEqual(['tw1']);
    await db.transition(
      DUMAI,
      'tw1',
      [{ type: 'StepApproved', data: { step: 0, by: pltKabid, note: null } }],
      april(9),
    );
    const last = [
      { type: 'StepApproved' as const, data: { step: 1, by: sekretaris, note: 'Sesuai' } },
      { type: 'SubmissionApproved' as const, data: { change } },
    ];
    await db.transition(DUMAI, 'tw1', last, april(10));
    await db.catchUp();
    for (const caller of Object.values(callers)) expect(await db.ids(caller)).toEqual([]);
    expect((await db.history(callers.staf)).items.map((e) => e.action)).toEqual(['resubmitted', 'submitted']);
    expect((await db.history(callers.pltKabid)).items.map((e) => [e.action, e.status])).toEqual([
      ['approved', 'approved'],
      ['approved', 'approved'],
    ]);
    expect((await db.history(callers.sekretaris)).items.map((e) => e.action)).toEqual([
      'approved',
      'returned',
    ]);
  });
});

describe('a role no post holds yet', () => {
  it('keeps the submission under the role’s pseudo-post, found by the post created later', async () => {
    const by = actor('acc-perencana', 'perencana-bappeda');
    await db.submit(DUMAI, 'lkjip-bappeda', {
      type: 'lkjip',
      agency: 'bappeda',
      unit: null,
      at: april(11),
      by,
    });
    await db.catchUp();
    expect(await db.assigneesOf('lkjip-bappeda')).toEqual(['role:secretary@bappeda']);
    await db.createPost(DUMAI, 'sekretaris-bappeda', 'bappeda', null, 'secretary');
    await db.catchUp();
    // The post took the pseudo-post's rows over: they are what a rebuild writes.
    expect(await db.assigneesOf('lkjip-bappeda')).toEqual(['sekretaris-bappeda']);
    expect(await db.ids(callers.sekretarisBappeda)).toEqual(['lkjip-bappeda']);
    expect(await db.ids(callers.sekretaris)).toEqual([]);
  });
});

describe('the read model', () => {
  it('is rebuilt from the log to the same rows', async () => {
    const incremental = await db.tables();
    await db.rebuild();
    expect(await db.tables()).toEqual(incremental);
  });
});
