import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/**
 * The two secrets the master key (`JEJAK_MASTER_KEY`) stands for, derived apart (HKDF-SHA256)
 * so neither reveals the other: one wraps the per-person data keys in `person_keys`, one keys
 * the person ids derived from NIPs. The master key itself is never stored.
 */
export interface MasterKeys {
  readonly wrapping: Buffer;
  readonly pseudonyms: Buffer;
}

const MIN_SECRET_LENGTH = 16;

export function masterKeys(secret: string): MasterKeys {
  if (secret.length < MIN_SECRET_LENGTH)
    throw new Error(
      `JEJAK_MASTER_KEY must be at least ${MIN_SECRET_LENGTH} characters (32 random bytes advised)`,
    );
  const derive = (purpose: string) =>
    Buffer.from(hkdfSync('sha256', Buffer.from(secret, 'utf8'), 'jejak', purpose, 32));
  return { wrapping: derive('person-key-wrapping'), pseudonyms: derive('person-ids') };
}

const IV_BYTES = 12;
const TAG_BYTES = 16;

/** The wrap is bound to its row: a key copied to another person's row fails to unwrap. */
const rowBinding = (tenant: string, person: string) => Buffer.from(`jejak-key|${tenant}|${person}`, 'utf8');

/** A fresh AES-256 data key for `person`, and its wrapped form (iv ‖ tag ‖ ciphertext) for the vault. */
export function newDataKey(
  wrapping: Buffer,
  tenant: string,
  person: string,
): { key: Buffer; wrapped: Buffer } {
  const key = randomBytes(32);
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', wrapping, iv);
  cipher.setAAD(rowBinding(tenant, person));
  const ct = Buffer.concat([cipher.update(key), cipher.final()]);
  return { key, wrapped: Buffer.concat([iv, cipher.getAuthTag(), ct]) };
}

/** The data key of a vault row; throws when the row was altered or another master key wrapped it. */
export function unwrapDataKey(wrapping: Buffer, tenant: string, person: string, wrapped: Buffer): Buffer {
  const decipher = createDecipheriv('aes-256-gcm', wrapping, wrapped.subarray(0, IV_BYTES));
  decipher.setAAD(rowBinding(tenant, person));
  decipher.setAuthTag(wrapped.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
  return Buffer.concat([decipher.update(wrapped.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]);
}
