import { randomBytes } from 'node:crypto';
import { ERASED, erasedEnvelope, isEnvelope, open, seal } from './personal-data.envelope';
import { PersonalDataTampered } from './privacy.errors';

const key = randomBytes(32);
const tenant = 'kota-dumai';
const person = 'b0f7c1de-0000-8000-8000-000000000001';
const NAME = 'Drs. Fulan bin Fulan, M.Si.';

describe('a personal value sealed in its envelope', () => {
  it('opens to the same value under its person’s key', () => {
    expect(open(seal(NAME, key, tenant, person), key, tenant)).toBe(NAME);
    expect(open(seal('197805122005011003', key, tenant, person), key, tenant)).toBe('197805122005011003');
  });

  it('names its person and holds no trace of the plain value', () => {
    const envelope = seal(NAME, key, tenant, person);
    expect(isEnvelope(envelope)).toBe(true);
    expect(envelope.$pii.person).toBe(person);
    expect(JSON.stringify(envelope)).not.toContain('Fulan');
  });

  it('is different each time (a fresh IV), so equal names do not show as equal ciphertexts', () => {
    expect(seal(NAME, key, tenant, person).$pii.ct).not.toBe(seal(NAME, key, tenant, person).$pii.ct);
  });

  it('reads as "[dihapus]" once its person’s key is erased', () => {
    expect(open(seal(NAME, key, tenant, person), null, tenant)).toBe(ERASED);
    expect(ERASED).toBe('[dihapus]');
  });

  it('reads as "[dihapus]" when written after the erasure (no ciphertext at all)', () => {
    expect(open(erasedEnvelope(person), key, tenant)).toBe(ERASED);
  });
});

describe('an altered envelope', () => {
  const envelope = seal(NAME, key, tenant, person);
  const flip = (b64: string) => {
    const bytes = Buffer.from(b64, 'base64');
    bytes[0] ^= 0x01;
    return bytes.toString('base64');
  };

  it('refuses a changed ciphertext, never reading it as erased', () => {
    const altered = { $pii: { ...envelope.$pii, ct: flip(envelope.$pii.ct!) } };
    expect(() => open(altered, key, tenant)).toThrow(PersonalDataTampered);
  });

  it('refuses a changed authentication tag', () => {
    const altered = { $pii: { ...envelope.$pii, tag: flip(envelope.$pii.tag!) } };
    expect(() => open(altered, key, tenant)).toThrow(PersonalDataTampered);
  });

  it('refuses an envelope moved to another person or tenant', () => {
    const other = { $pii: { ...envelope.$pii, person: 'b0f7c1de-0000-8000-8000-000000000002' } };
    expect(() => open(other, key, tenant)).toThrow(PersonalDataTampered);
    expect(() => open(envelope, key, 'kota-bontang')).toThrow(PersonalDataTampered);
  });

  it('refuses a wrong key', () => {
    expect(() => open(envelope, randomBytes(32), tenant)).toThrow(PersonalDataTampered);
  });
});
