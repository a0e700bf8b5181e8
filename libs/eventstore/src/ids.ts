import { createHash, randomUUID } from 'node:crypto';

const JEJAK_NAMESPACE = '6f1c2d7e-3b4a-5c6d-8e9f-0a1b2c3d4e5f';

/** RFC 4122 version-5 UUID: the same name always gives the same id (idempotent retries, imports). */
export function uuidV5(name: string, namespace: string = JEJAK_NAMESPACE): string {
  const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  const hash = createHash('sha1').update(ns).update(name, 'utf8').digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

export function newId(): string {
  return randomUUID();
}
