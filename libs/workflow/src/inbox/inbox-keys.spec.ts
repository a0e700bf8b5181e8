import { DEFAULT_CHAINS } from '../domain/approval-chain.defaults';
import { PostPlacement } from '../domain/assignees';
import { callerKeys, rolePseudoPost, stepKeys } from './inbox-keys';

// BKPSDM Kota Dumai (DOMAIN.md, fixtures/kota-dumai-bkpsdm-2024.json) and its Inspektorat.
const MUTASI = 'bidang-mutasi-kepangkatan';
const place = { agency: 'bkpsdm', unit: MUTASI };
const directory: PostPlacement[] = [
  { post: 'kepala-bkpsdm', agency: 'bkpsdm', unit: null, role: 'head-of-agency' },
  { post: 'sekretaris-bkpsdm', agency: 'bkpsdm', unit: 'sekretariat', role: 'secretary' },
  { post: 'kabid-mutasi', agency: 'bkpsdm', unit: MUTASI, role: 'head-of-unit' },
  { post: 'kasubbag-umum', agency: 'bkpsdm', unit: 'sekretariat', role: 'head-of-unit' },
  { post: 'sekretaris-bappeda', agency: 'bappeda', unit: null, role: 'secretary' },
  { post: 'inspektur', agency: 'inspektorat', unit: null, role: 'inspectorate' },
];
const [headOfUnit, secretary] = DEFAULT_CHAINS.realization;
const review = DEFAULT_CHAINS.lkjip[2];

describe('the keys a step waits for', () => {
  it('are the posts holding a unit-scoped role in the submitting unit only', () => {
    expect(stepKeys(headOfUnit.assignees, place, directory)).toEqual(['kabid-mutasi']);
  });

  it('are the posts holding an agency-scoped role in the submitting agency only', () => {
    expect(stepKeys(secretary.assignees, place, directory)).toEqual(['sekretaris-bkpsdm']);
  });

  it('reach the inspectorate anywhere in the tenant', () => {
    expect(stepKeys(review.assignees, place, directory)).toEqual(['inspektur']);
  });

  it('are the posts a step names, as named', () => {
    expect(stepKeys([{ posts: ['kepala-bkpsdm', 'sekretaris-bkpsdm'] }], place, directory)).toEqual([
      'kepala-bkpsdm',
      'sekretaris-bkpsdm',
    ]);
  });

  it('are a role pseudo-post of the scope while no post holds the role there', () => {
    expect(
      stepKeys(headOfUnit.assignees, { agency: 'bkpsdm', unit: 'bidang-pengembangan' }, directory),
    ).toEqual(['role:head-of-unit@bkpsdm/bidang-pengembangan']);
    expect(stepKeys(secretary.assignees, place, [])).toEqual(['role:secretary@bkpsdm']);
    expect(stepKeys(review.assignees, place, [])).toEqual(['role:inspectorate']);
  });

  it('are none for a unit-scoped role of a submission of no unit: the decider finds nobody', () => {
    expect(stepKeys(headOfUnit.assignees, { agency: 'bkpsdm', unit: null }, directory)).toEqual([]);
  });
});

describe("the caller's keys", () => {
  const sekretarisHolding = {
    post: 'sekretaris-bkpsdm',
    role: 'secretary' as const,
    agency: 'bkpsdm',
    unit: 'sekretariat',
  };
  const pltKabid = {
    post: 'kabid-mutasi',
    role: 'head-of-unit' as const,
    agency: 'bkpsdm',
    unit: MUTASI,
    acting: true,
    from: '2024-03-01',
    to: '2024-06-30',
  };
  const caller = { account: 'acc-sek', posts: [sekretarisHolding, pltKabid] };

  it('include every post held today and the pseudo-posts its role answers to', () => {
    expect(callerKeys(caller, undefined, '2024-04-05')).toEqual({
      posts: [
        'kabid-mutasi',
        'role:head-of-unit',
        `role:head-of-unit@bkpsdm`,
        `role:head-of-unit@bkpsdm/${MUTASI}`,
        'role:secretary',
        'role:secretary@bkpsdm',
        'role:secretary@bkpsdm/sekretariat',
        'sekretaris-bkpsdm',
      ],
      account: 'acc-sek',
      everyReturned: true,
    });
  });

  it('match the pseudo-post a step wrote before the post existed', () => {
    const waiting = stepKeys(secretary.assignees, place, []);
    expect(callerKeys(caller, undefined, '2024-04-05').posts).toEqual(expect.arrayContaining(waiting));
  });

  it('leave out an acting appointment (Plt.) outside its dates', () => {
    const keys = callerKeys(caller, undefined, '2024-07-01').posts;
    expect(keys).not.toContain('kabid-mutasi');
    expect(keys).toContain('sekretaris-bkpsdm');
  });

  it('are only the named post’s when the caller names one (X-Jejak-Post)', () => {
    expect(callerKeys(caller, 'kabid-mutasi', '2024-04-05')).toEqual({
      posts: [
        'kabid-mutasi',
        'role:head-of-unit',
        'role:head-of-unit@bkpsdm',
        `role:head-of-unit@bkpsdm/${MUTASI}`,
      ],
      account: 'acc-sek',
      everyReturned: false,
    });
  });

  it('are the post alone for a holding whose role the token does not carry', () => {
    expect(
      callerKeys({ account: 'a', posts: [{ post: 'kepala-bkpsdm' }] }, undefined, '2024-04-05').posts,
    ).toEqual(['kepala-bkpsdm']);
  });

  it('spell the pseudo-posts as the steps do', () => {
    expect(rolePseudoPost('secretary', 'bkpsdm')).toBe('role:secretary@bkpsdm');
  });
});
