import { AccessDenied, HeldPost, Principal, authorize } from './access.policy';

const at = new Date('2024-05-02T03:00:00Z');
const kepalaBadan: HeldPost = { post: 'kepala-badan', role: 'head-of-agency', agency: 'bkpsdm' };
const staffMutasi: HeldPost = { post: 'staf-mutasi', role: 'staff', agency: 'bkpsdm', unit: 'bidang-mutasi' };
const holding = (...posts: HeldPost[]): Principal => ({ platformAdmin: false, posts });

describe('access by post', () => {
  it('lets the head of agency sign the agency agreement, through that post', () => {
    expect(authorize(holding(kepalaBadan), 'agreement.sign', { agency: 'bkpsdm' }, at)).toBe(kepalaBadan);
  });

  it("refuses the head of one agency another agency's agreement", () => {
    expect(() => authorize(holding(kepalaBadan), 'agreement.sign', { agency: 'bappeda' }, at)).toThrow(
      AccessDenied,
    );
  });

  it("lets staff report their own unit's realizations only", () => {
    expect(
      authorize(holding(staffMutasi), 'realization.report', { agency: 'bkpsdm', unit: 'bidang-mutasi' }, at),
    ).toBe(staffMutasi);
    expect(() =>
      authorize(holding(staffMutasi), 'realization.report', { agency: 'bkpsdm', unit: 'sekretariat' }, at),
    ).toThrow(AccessDenied);
  });

  it('refuses staff the signature of the agreement', () => {
    expect(() => authorize(holding(staffMutasi), 'agreement.sign', { agency: 'bkpsdm' }, at)).toThrow(
      AccessDenied,
    );
  });

  it('counts an acting appointment (Plt.) only within its dates', () => {
    const plt: HeldPost = { ...kepalaBadan, acting: true, from: '2024-04-01', to: '2024-04-30' };
    expect(() => authorize(holding(plt), 'agreement.sign', { agency: 'bkpsdm' }, at)).toThrow(AccessDenied);
    expect(
      authorize(holding(plt), 'agreement.sign', { agency: 'bkpsdm' }, new Date('2024-04-30T09:00:00Z')),
    ).toBe(plt);
  });

  it('uses only the post the caller chose to act in', () => {
    const both: Principal = { platformAdmin: false, posts: [staffMutasi, kepalaBadan], post: 'staf-mutasi' };
    expect(() => authorize(both, 'agreement.sign', { agency: 'bkpsdm' }, at)).toThrow(AccessDenied);
  });

  it('lets the platform administrator do anything, through no post', () => {
    expect(
      authorize({ platformAdmin: true, posts: [] }, 'agreement.amend', { agency: 'bkpsdm' }, at),
    ).toBeNull();
  });

  it('is a 403 with a stable code', () => {
    const error = new AccessDenied('agreement.sign');
    expect([error.status, error.code]).toEqual([403, 'ACCESS.DENIED']);
  });
});
