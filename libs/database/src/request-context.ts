import { AsyncLocalStorage } from 'node:async_hooks';

/** Who is acting: the account, the post acted in, and the acting appointment (Plt./Plh.) if any. */
export interface Actor {
  readonly account: string;
  readonly name?: string;
  readonly post?: string;
  readonly acting?: string;
}

/**
 * What a unit of work runs as. The tenant flows from the authenticated request (or a worker's
 * job) to every database session through this context, so no query threads it by hand.
 * `platform` is true only for the platform administrator and the platform's own processes
 * (projectors, relays); row-level security lets such a session see every tenant.
 */
export interface RequestContext {
  readonly tenantId?: string;
  readonly platform: boolean;
  readonly actor?: Actor;
  readonly correlationId?: string;
  readonly causationId?: string;
  readonly source?: 'api' | 'import' | 'system';
}

const storage = new AsyncLocalStorage<RequestContext>();

export const requestContext = {
  run<T>(context: RequestContext, fn: () => T): T {
    return storage.run(context, fn);
  },
  /** Runs `fn` with the current context changed by `patch`. */
  with<T>(patch: Partial<RequestContext>, fn: () => T): T {
    return storage.run({ ...(storage.getStore() ?? { platform: false }), ...patch }, fn);
  },
  current(): RequestContext | undefined {
    return storage.getStore();
  },
  /** The context, or an anonymous one that row-level security lets see nothing. */
  currentOrAnonymous(): RequestContext {
    return storage.getStore() ?? { platform: false };
  },
  /**
   * Fills in the current context in place. The HTTP layer opens a context per request before
   * authentication (middleware) and the auth guard completes it here, so the tenant reaches
   * every query of that request without being passed along.
   */
  assign(patch: Partial<RequestContext>): void {
    const store = storage.getStore();
    if (!store) throw new Error('requestContext.assign called outside a request context');
    Object.assign(store as { -readonly [K in keyof RequestContext]: RequestContext[K] }, patch);
  },
};

/** The session settings that row-level security reads (see the 0001 migration's policies). */
export function sessionSettings(
  context: RequestContext = requestContext.currentOrAnonymous(),
): [string, string] {
  return [context.tenantId ?? '', context.platform ? 'on' : 'off'];
}
