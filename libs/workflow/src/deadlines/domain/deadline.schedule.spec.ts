import { REMINDER_LEAD_SHARE, deadlineJobId, remindAt } from './deadline.schedule';

describe('the reminder of a step', () => {
  it('comes when a quarter of the due period is left', () => {
    expect(REMINDER_LEAD_SHARE).toBe(0.25);
    // The default period of 3 days (approval-chain.defaults.ts): reminded 18 hours before.
    expect(remindAt(new Date('2024-04-08T02:00:00.000Z'), 3 * 24 * 3600).toISOString()).toBe(
      '2024-04-07T08:00:00.000Z',
    );
    // A period shortened to 8 seconds: reminded 2 seconds before.
    expect(remindAt(new Date('2024-04-08T02:00:08.000Z'), 8).toISOString()).toBe('2024-04-08T02:00:06.000Z');
  });
});

describe('a deadline job id', () => {
  it('names the tenant, the workflow, the round and the kind, without ":" (BullMQ refuses it)', () => {
    const id = deadlineJobId('kota-dumai', 'wf-realisasi-q1', 3, 'escalation');
    expect(id).toBe('workflow-deadline.kota-dumai.wf-realisasi-q1.3.escalation');
    expect(id).not.toContain(':');
  });
});
