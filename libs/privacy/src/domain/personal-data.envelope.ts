import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { PersonalDataTampered } from './privacy.errors';

/** What a personal value reads as once its person's key is erased: everywhere, the same string. */
export const ERASED = '[dihapus]';

/**
 * A personal value as the log stores it: encrypted (AES-256-GCM) under its person's data key,
 * naming the person so a reader knows which key opens it. Written after the person's erasure,
 * it carries no ciphertext at all (the value was never stored).
 */
export interface PersonalDataEnvelope {
  readonly $pii: {
    readonly person: string;
    readonly iv?: string;
    readonly ct?: string;
    readonly tag?: string;
  };
}

const ALGORITHM = 'aes-256-gcm';
const IV_BYTES = 12;

/** The envelope's key is bound to tenant and person: an envelope moved to another person fails to open. */
const additionalData = (tenant: string, person: string): Buffer =>
  Buffer.from(`jejak-pii|${tenant}|${person}`, 'utf8');

export function isEnvelope(value: unknown): value is PersonalDataEnvelope {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const inner = (value as { $pii?: unknown }).$pii;
  return (
    typeof inner === 'object' && inner !== null && typeof (inner as { person?: unknown }).person === 'string'
  );
}

/** Encrypts `value` (any JSON value; its type survives the round trip) for `person` of `tenant`. */
export function seal(value: unknown, key: Buffer, tenant: string, person: string): PersonalDataEnvelope {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv(ALGORITHM, key, iv);
  cipher.setAAD(additionalData(tenant, person));
  const ct = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()]);
  const tag = cipher.getAuthTag();
  return {
    $pii: { person, iv: iv.toString('base64'), ct: ct.toString('base64'), tag: tag.toString('base64') },
  };
}

/** The envelope of a value written after its person was erased: nothing to decrypt, ever. */
export const erasedEnvelope = (person: string): PersonalDataEnvelope => ({ $pii: { person } });

/**
 * The plain value, or {@link ERASED} when the key is gone (null) or the envelope holds no
 * ciphertext. A ciphertext that does not authenticate is an alteration, never read as erased.
 */
export function open(envelope: PersonalDataEnvelope, key: Buffer | null, tenant: string): unknown {
  const { person, iv, ct, tag } = envelope.$pii;
  if (key === null || ct === undefined) return ERASED;
  if (iv === undefined || tag === undefined) throw new PersonalDataTampered(tenant, person);
  try {
    const decipher = createDecipheriv(ALGORITHM, key, Buffer.from(iv, 'base64'));
    decipher.setAAD(additionalData(tenant, person));
    decipher.setAuthTag(Buffer.from(tag, 'base64'));
    const plain = Buffer.concat([decipher.update(Buffer.from(ct, 'base64')), decipher.final()]);
    return JSON.parse(plain.toString('utf8')) as unknown;
  } catch {
    throw new PersonalDataTampered(tenant, person);
  }
}
