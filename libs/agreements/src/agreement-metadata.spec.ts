import { AccessDenied } from '@jejak/access';
import { authorizedMetadata } from '@jejak/http';
import type { AuthenticatedAccount, PostHolding } from '@jejak/identity';

// BKPSDM Kota Dumai: its head signs and amends the PK; staff of Bidang Mutasi may not (DOMAIN.md, actors).
const kepala: PostHolding = { post: 'kepala-bkpsdm', role: 'head-of-agency', agency: 'bkpsdm' };
const staf: PostHolding = {
  post: 'staf-mutasi',
  role: 'staff',
  agency: 'bkpsdm',
  unit: 'bidang-mutasi-kepangkatan',
};
const caller = (...posts: PostHolding[]): AuthenticatedAccount => ({
  account: 'acc-1',
  name: 'Pejabat',
  tenant: 'kota-dumai',
  posts,
  platformAdmin: false,
});
const scope = { tenant: 'kota-dumai', agency: 'bkpsdm' };

describe('the metadata of an agreement command sent over HTTP', () => {
  it('records the post that grants the permission as the actor’s post', () => {
    const metadata = authorizedMetadata(caller(staf, kepala), 'agreement.sign', scope, {
      occurredAt: '2024-01-31T00:00:00.000Z',
    });
    expect(metadata).toMatchObject({
      tenantId: 'kota-dumai',
      occurredAt: '2024-01-31T00:00:00.000Z',
      source: 'api',
    });
    expect(metadata.actor).toEqual({ account: 'acc-1', name: 'Pejabat', post: 'kepala-bkpsdm' });
  });

  it('names the acting appointment when the post is held as Plt.', () => {
    const plt = { ...kepala, acting: true };
    expect(authorizedMetadata(caller(plt), 'agreement.amend', scope).actor).toEqual({
      account: 'acc-1',
      name: 'Pejabat',
      post: 'kepala-bkpsdm',
      acting: 'kepala-bkpsdm',
    });
  });

  it('refuses staff the signature: 403 ACCESS.DENIED', () => {
    expect(() => authorizedMetadata(caller(staf), 'agreement.sign', scope)).toThrow(AccessDenied);
  });

  it("refuses the head of another agency this agency's PK", () => {
    expect(() =>
      authorizedMetadata(caller({ ...kepala, agency: 'bappeda' }), 'agreement.sign', scope),
    ).toThrow(AccessDenied);
  });

  it('lets the platform administrator act through no post', () => {
    const admin = { ...caller(), tenant: null, platformAdmin: true };
    expect(authorizedMetadata(admin, 'agreement.draft', scope).actor).toEqual({
      account: 'acc-1',
      name: 'Pejabat',
    });
  });
});
