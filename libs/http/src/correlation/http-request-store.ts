import { AsyncLocalStorage } from 'node:async_hooks';

/** What the HTTP layer remembers of the current request beyond the request context. */
export interface HttpRequestInfo {
  readonly idempotencyKey?: string;
}

const storage = new AsyncLocalStorage<HttpRequestInfo>();

export const httpRequestStore = {
  run<T>(info: HttpRequestInfo, fn: () => T): T {
    return storage.run(info, fn);
  },
  current(): HttpRequestInfo | undefined {
    return storage.getStore();
  },
};
