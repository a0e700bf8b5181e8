import { canonicalJson, checkIdempotencyKey, requestFingerprint } from './idempotency-key';

describe('idempotency keys', () => {
  it('accept up to 200 printable characters', () => {
    expect(checkIdempotencyKey('k'.repeat(200))).toHaveLength(200);
    expect(() => checkIdempotencyKey('k'.repeat(201))).toThrow();
    expect(() => checkIdempotencyKey('')).toThrow();
    expect(() => checkIdempotencyKey('tab\there')).toThrow();
  });

  it('fingerprint a request by method, path and body content, whatever the key order', () => {
    const a = requestFingerprint('post', '/api/v1/x', { b: 1, a: [1, { d: 2, c: 3 }] });
    expect(requestFingerprint('POST', '/api/v1/x', { a: [1, { c: 3, d: 2 }], b: 1 })).toBe(a);
    expect(requestFingerprint('POST', '/api/v1/y', { b: 1, a: [1, { d: 2, c: 3 }] })).not.toBe(a);
    expect(requestFingerprint('POST', '/api/v1/x', { b: 2, a: [1, { d: 2, c: 3 }] })).not.toBe(a);
  });

  it('write canonical JSON', () => {
    expect(canonicalJson({ b: [true, null], a: 'x' })).toBe('{"a":"x","b":[true,null]}');
  });
});
