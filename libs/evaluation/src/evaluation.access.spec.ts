import { AccessDenied, HeldPost, Principal, authorize } from '@jejak/access';

// The inspectorate is an agency of its own (Inspektorat Daerah, DOMAIN.md "The actors"): its
// posts evaluate every agency of the tenant and verify their follow-ups, and do nothing else.
const at = new Date('2024-03-01T02:00:00Z');
const inspektur: HeldPost = { post: 'inspektur-pembantu', role: 'inspectorate', agency: 'inspektorat' };
const sekretaris: HeldPost = { post: 'sekretaris-bkpsdm', role: 'secretary', agency: 'bkpsdm' };
const kasubbag: HeldPost = {
  post: 'kasubbag-tu',
  role: 'head-of-unit',
  agency: 'bkpsdm',
  unit: 'subbag-tata-usaha',
};
const staf: HeldPost = { post: 'staf-mutasi', role: 'staff', agency: 'bkpsdm', unit: 'bidang-mutasi' };
const holding = (...posts: HeldPost[]): Principal => ({ platformAdmin: false, posts });

describe("the inspectorate's posts", () => {
  it('record the LHE of any agency of their tenant, and return any follow-up', () => {
    for (const agency of ['bkpsdm', 'bappeda'])
      for (const permission of ['evaluation.record', 'followup.verify'] as const)
        expect(authorize(holding(inspektur), permission, { agency }, at)).toBe(inspektur);
  });

  it('write nothing else: no realization, no agreement, no plan, no follow-up plan of the agency', () => {
    for (const permission of [
      'realization.report',
      'budget.report',
      'agreement.draft',
      'agreement.sign',
      'plan.manage',
      'followup.plan',
      'tenant.administer',
    ] as const)
      expect(() => authorize(holding(inspektur), permission, { agency: 'bkpsdm', unit: null }, at)).toThrow(
        AccessDenied,
      );
  });
});

describe("the agency's posts", () => {
  it('plan and report the follow-up of their own agency: the sekretaris, and the head of unit for their unit', () => {
    expect(authorize(holding(sekretaris), 'followup.plan', { agency: 'bkpsdm', unit: null }, at)).toBe(
      sekretaris,
    );
    expect(
      authorize(holding(kasubbag), 'followup.plan', { agency: 'bkpsdm', unit: 'subbag-tata-usaha' }, at),
    ).toBe(kasubbag);
    expect(() => authorize(holding(kasubbag), 'followup.plan', { agency: 'bkpsdm', unit: null }, at)).toThrow(
      AccessDenied,
    );
    expect(() => authorize(holding(sekretaris), 'followup.plan', { agency: 'bappeda' }, at)).toThrow(
      AccessDenied,
    );
  });

  it('neither record an LHE nor verify a follow-up; staff do not plan one', () => {
    expect(() => authorize(holding(sekretaris), 'evaluation.record', { agency: 'bkpsdm' }, at)).toThrow(
      AccessDenied,
    );
    expect(() => authorize(holding(sekretaris), 'followup.verify', { agency: 'bkpsdm' }, at)).toThrow(
      AccessDenied,
    );
    expect(() =>
      authorize(holding(staf), 'followup.plan', { agency: 'bkpsdm', unit: 'bidang-mutasi' }, at),
    ).toThrow(AccessDenied);
  });
});
