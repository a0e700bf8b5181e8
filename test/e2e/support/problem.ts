/*
 * Assertions on problem documents (RFC 9457, as the API's one filter writes them):
 *   expectProblem(await api.http.get('/x').set(api.auth(token)), 404, 'NOT_FOUND');
 *   expect(fieldPaths(res)).toContain('budget[0].amount');
 */
import type { Response } from 'supertest';

export function expectProblem(res: Response, status: number, code: string): void {
  expect({ status: res.status, code: res.body?.code }).toEqual({ status, code });
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(res.body).toMatchObject({
    type: `urn:jejak:problem:${code.toLowerCase()}`,
    title: expect.any(String),
    status,
    detail: expect.any(String),
    instance: expect.any(String),
    code,
    errors: expect.any(Array),
  });
}

/** The `path` of every field error of the problem. */
export function fieldPaths(res: Response): string[] {
  return (res.body?.errors ?? []).map((error: { path: string }) => error.path);
}
