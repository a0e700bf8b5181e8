import { RecordedEvent } from '@jejak/eventstore';
import { applicationCommandId, applicationMetadata } from './workflow-effects';

const recorded = (type: string, data: unknown, occurredAt: string): RecordedEvent =>
  ({ type, data, metadata: { occurredAt }, recordedAt: new Date(occurredAt) }) as unknown as RecordedEvent;

// The PK Perubahan approved by a Plt. Kepala Badan on 2024-09-24.
const events = [
  recorded('SubmissionOpened', {}, '2024-09-23T02:00:00.000Z'),
  recorded(
    'StepApproved',
    {
      step: 0,
      by: { account: 'acc-plt', name: 'Plt. Kepala', post: 'kepala-bkpsdm', acting: true },
      note: null,
    },
    '2024-09-24T03:00:00.000Z',
  ),
  recorded('SubmissionApproved', {}, '2024-09-24T03:00:00.000Z'),
];

describe('the commands applying an approved change', () => {
  const metadata = applicationMetadata('kota-dumai', 'wf-1', events);

  it('act as the final approver, in the post held as acting, at the approval', () => {
    expect(metadata(0)).toEqual({
      tenantId: 'kota-dumai',
      now: new Date('2024-09-24T03:00:00.000Z'),
      actor: { account: 'acc-plt', name: 'Plt. Kepala', post: 'kepala-bkpsdm', acting: 'kepala-bkpsdm' },
      correlationId: 'wf-1',
      causationId: 'wf-1',
      commandId: applicationCommandId('wf-1', 0),
      source: 'system',
    });
  });

  it('have ids from the workflow id: a re-application is the same command', () => {
    expect(applicationMetadata('kota-dumai', 'wf-1', events)(1).commandId).toBe(metadata(1).commandId);
    expect(metadata(1).commandId).not.toBe(metadata(0).commandId);
  });

  it('take what the change type adds (the amendment date)', () => {
    expect(metadata(0, { occurredAt: '2024-09-23T00:00:00.000Z' }).occurredAt).toBe(
      '2024-09-23T00:00:00.000Z',
    );
  });

  it('exist only for an approved submission', () => {
    expect(() => applicationMetadata('kota-dumai', 'wf-1', events.slice(0, 2))).toThrow('not approved');
  });
});
