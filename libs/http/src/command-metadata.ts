import { requestContext } from '@jejak/database';
import { CommandMetadata, newId, uuidV5 } from '@jejak/eventstore';
import { httpRequestStore } from './correlation/http-request-store';

/**
 * The metadata of a command sent by the current HTTP request: tenant, actor and correlation id
 * from the request context, the clock read now. With an `Idempotency-Key` the command id is
 * derived from (tenant, account, key), so a retried request appends the same event ids (a no-op).
 */
export function commandMetadataFromContext(extra: Partial<CommandMetadata> = {}): CommandMetadata {
  const context = requestContext.currentOrAnonymous();
  const tenantId = extra.tenantId ?? context.tenantId;
  if (!tenantId) throw new Error('commandMetadataFromContext: no tenant in the request context');
  const key = httpRequestStore.current()?.idempotencyKey;
  const commandId = key ? uuidV5(`idempotency|${tenantId}|${context.actor?.account ?? ''}|${key}`) : newId();
  return {
    tenantId,
    now: new Date(),
    actor: context.actor,
    correlationId: context.correlationId,
    causationId: context.causationId,
    commandId,
    source: context.source ?? 'api',
    ...extra,
  };
}
