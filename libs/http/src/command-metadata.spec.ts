import { requestContext } from '@jejak/database';
import { commandMetadataFromContext } from './command-metadata';
import { httpRequestStore } from './correlation/http-request-store';

const context = {
  tenantId: 'kota-dumai',
  platform: false,
  actor: { account: 'acc-1', name: 'Kepala' },
  correlationId: 'corr-1',
};

describe('command metadata from the request', () => {
  it('carries the tenant, actor and correlation id, sourced from the API', () => {
    const metadata = requestContext.run(context, () =>
      httpRequestStore.run({}, () => commandMetadataFromContext()),
    );
    expect(metadata).toMatchObject({
      tenantId: 'kota-dumai',
      actor: context.actor,
      correlationId: 'corr-1',
      source: 'api',
    });
    expect(metadata.now).toBeInstanceOf(Date);
  });

  it('derives the same command id from the same Idempotency-Key, and another for another key', () => {
    const idFor = (key?: string, ctx = context) =>
      requestContext.run(ctx, () =>
        httpRequestStore.run({ idempotencyKey: key }, () => commandMetadataFromContext().commandId),
      );
    expect(idFor('k-1')).toBe(idFor('k-1'));
    expect(idFor('k-1')).not.toBe(idFor('k-2'));
    expect(idFor('k-1')).not.toBe(idFor('k-1', { ...context, actor: { account: 'acc-2', name: 'Other' } }));
    expect(idFor(undefined)).not.toBe(idFor(undefined));
  });

  it('lets the caller override a field', () => {
    const metadata = requestContext.run(context, () =>
      commandMetadataFromContext({ source: 'import', reason: 'correction' }),
    );
    expect(metadata).toMatchObject({ source: 'import', reason: 'correction' });
  });

  it('needs a tenant', () => {
    expect(() => requestContext.run({ platform: true }, () => commandMetadataFromContext())).toThrow(
      /no tenant/,
    );
  });
});
