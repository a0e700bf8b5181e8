import { AccessDenied, HeldPost } from '@jejak/access';
import { requestContext } from '@jejak/database';
import { CommandCaller, authorizedMetadata } from './authorized-metadata';

// The tenant administrator of Kota Dumai; what a post may do is @jejak/access's (its spec).
const admin: HeldPost = { post: 'admin-dumai', role: 'tenant-admin' };
const caller = (...posts: HeldPost[]): CommandCaller => ({
  account: 'acc-1',
  name: 'Admin',
  posts,
  platformAdmin: false,
});
const inDumai = { tenantId: 'kota-dumai', platform: false, correlationId: 'corr-1' };

describe('the metadata of a command the caller may send', () => {
  it("is the request's, tenant included, with the granting post as the actor's", () => {
    const metadata = requestContext.run(inDumai, () =>
      authorizedMetadata(caller(admin), 'tenant.administer', {}, { reason: 'Perubahan SOTK' }),
    );
    expect(metadata).toMatchObject({
      tenantId: 'kota-dumai',
      correlationId: 'corr-1',
      reason: 'Perubahan SOTK',
    });
    expect(metadata.actor).toEqual({ account: 'acc-1', name: 'Admin', post: 'admin-dumai' });
  });

  it('takes the tenant the scope names', () => {
    const metadata = authorizedMetadata(caller(admin), 'tenant.administer', { tenant: 'kota-bontang' });
    expect(metadata.tenantId).toBe('kota-bontang');
  });

  it('is refused (403) when no post grants the permission', () => {
    expect(() => authorizedMetadata(caller(), 'tenant.administer', { tenant: 'kota-dumai' })).toThrow(
      AccessDenied,
    );
  });
});
