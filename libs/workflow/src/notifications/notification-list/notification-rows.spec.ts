import { realizationOpened } from '../../domain/workflow.fixtures';
import { AccountHoldings } from '../domain/recipients';
import { EMAIL_MAX_AGE_MS, NotificationDraft, emailJobs, notificationRows } from './notification-rows';

const { workflowId, chain, ...rest } = realizationOpened.data;
const submission = { ...rest, workflowId, chain };
const event = {
  id: 'ev-reminder-1',
  tenantId: 'kota-dumai',
  recordedAt: new Date('2024-04-07T08:00:01.000Z'),
};
const draft: NotificationDraft = {
  kind: 'reminder',
  workflowId,
  submission,
  step: 0,
  dueAt: new Date('2024-04-08T02:00:00.000Z'),
};
const plt: AccountHoldings = {
  id: 'a-plt',
  email: 'plt@dumaikota.go.id',
  posts: [{ post: 'kabid-mutasi', acting: true }],
};
const noEmail: AccountHoldings = { id: 'a-other', email: '', posts: [{ post: 'kabid-mutasi' }] };

describe('the notifications of a reminder', () => {
  const rows = notificationRows(event, draft, [plt, noEmail]);

  it('are one per recipient, unread, named after the event and the recipient (a replay makes the same ids)', () => {
    expect(rows.map((row) => [row.recipientAccount, row.kind, row.workflowId, row.readAt])).toEqual([
      ['a-plt', 'reminder', 'wf-realisasi-q1', null],
      ['a-other', 'reminder', 'wf-realisasi-q1', null],
    ]);
    expect(notificationRows(event, draft, [plt, noEmail]).map((row) => row.id)).toEqual(
      rows.map((row) => row.id),
    );
    expect(new Set(rows.map((row) => row.id)).size).toBe(2);
    expect(rows[0].title).toBe('Pengingat: Realisasi TW I 2024 Bidang Mutasi dan Kepangkatan');
  });

  it('are mailed to each recipient with an address, the job id being the notification id', () => {
    const jobs = emailJobs(rows, [plt, noEmail], new Date('2024-04-07T08:00:02.000Z'));
    expect(jobs).toEqual([
      {
        queue: 'notifications',
        name: 'email',
        jobId: rows[0].id,
        payload: {
          notification: rows[0].id,
          to: 'plt@dumaikota.go.id',
          subject: '[Jejak] Pengingat: Realisasi TW I 2024 Bidang Mutasi dan Kepangkatan',
          text: `${rows[0].message}\n\nBuka Jejak untuk menindaklanjuti.`,
        },
      },
    ]);
  });

  it('are not mailed again when a rebuild replays an old event', () => {
    const later = new Date(event.recordedAt.getTime() + EMAIL_MAX_AGE_MS + 1);
    expect(emailJobs(rows, [plt], later)).toEqual([]);
  });
});
