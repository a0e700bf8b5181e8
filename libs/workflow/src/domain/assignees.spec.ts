import { DEFAULT_CHAINS } from './approval-chain.defaults';
import { PostPlacement, postsOfStep } from './assignees';
import { MUTASI } from './workflow.fixtures';

// Posts of Kota Dumai: BKPSDM with its Sekretariat and Bidang Mutasi, and the Inspektorat.
const posts: PostPlacement[] = [
  { post: 'kepala-bkpsdm', agency: 'bkpsdm', unit: null, role: 'head-of-agency' },
  { post: 'sekretaris-bkpsdm', agency: 'bkpsdm', unit: 'sekretariat', role: 'secretary' },
  { post: 'kasubbag-umum', agency: 'bkpsdm', unit: 'subbag-umum', role: 'head-of-unit' },
  { post: 'kabid-mutasi', agency: 'bkpsdm', unit: MUTASI, role: 'head-of-unit' },
  { post: 'kabid-mutasi-disdik', agency: 'disdik', unit: MUTASI, role: 'head-of-unit' },
  { post: 'sekretaris-disdik', agency: 'disdik', unit: null, role: 'secretary' },
  { post: 'inspektur-pembantu-1', agency: 'inspektorat', unit: null, role: 'inspectorate' },
];
const [verify, consolidate] = DEFAULT_CHAINS.realization;
const place = { agency: 'bkpsdm', unit: MUTASI };

describe("a step's posts", () => {
  it("of a unit-scoped role are the submitting unit's, in the submitting agency", () => {
    expect(postsOfStep(verify, place, posts)).toEqual(['kabid-mutasi']);
  });

  it("of an agency-scoped role are the agency's", () => {
    expect(postsOfStep(consolidate, place, posts)).toEqual(['sekretaris-bkpsdm']);
  });

  it("of the inspectorate are the tenant's, whatever agency submits", () => {
    expect(postsOfStep(DEFAULT_CHAINS.lkjip[2], place, posts)).toEqual(['inspektur-pembantu-1']);
  });

  it('of a unit-scoped role are none for a submission naming no unit', () => {
    expect(postsOfStep(verify, { agency: 'bkpsdm', unit: null }, posts)).toEqual([]);
  });

  it('named are those posts', () => {
    const named = { name: 'Kasubbag Umum', assignees: [{ posts: ['kasubbag-umum'] }], dueInSeconds: null };
    expect(postsOfStep(named, place, posts)).toEqual(['kasubbag-umum']);
  });
});
