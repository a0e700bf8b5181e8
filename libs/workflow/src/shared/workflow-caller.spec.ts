import { AuthenticatedAccount } from '@jejak/identity';
import { workflowCaller } from './workflow-caller';

// A Plh. Kepala Bidang for April 2024 (an acting appointment with dates), besides their own post.
const account: AuthenticatedAccount = {
  account: 'acc-plh',
  name: 'Plh. Kepala Bidang',
  tenant: 'kota-dumai',
  platformAdmin: false,
  posts: [
    { post: 'kasubbag-tu', agency: 'bkpsdm', unit: 'subbag-tata-usaha', role: 'head-of-unit' },
    {
      post: 'kabid-mutasi',
      agency: 'bkpsdm',
      unit: 'bidang-mutasi-kepangkatan',
      role: 'head-of-unit',
      acting: true,
      from: '2024-04-01',
      to: '2024-04-30',
    },
  ],
};

describe('the caller as the workflow judges them', () => {
  it('holds an acting post within its dates, with the acting flag', () => {
    expect(workflowCaller(account, new Date('2024-04-30T10:00:00Z')).posts).toEqual([
      { post: 'kasubbag-tu' },
      { post: 'kabid-mutasi', acting: true },
    ]);
  });

  it('no longer holds it after its last day', () => {
    expect(workflowCaller(account, new Date('2024-05-01T01:00:00Z')).posts).toEqual([
      { post: 'kasubbag-tu' },
    ]);
  });

  it('acts in the post chosen with X-Jejak-Post', () => {
    expect(workflowCaller({ ...account, post: 'kabid-mutasi' }, new Date('2024-04-02')).post).toBe(
      'kabid-mutasi',
    );
  });
});
