import { createHmac } from 'node:crypto';
import { ERASED } from './personal-data.envelope';

/** A party of an agreement as events carry it (agreements' AgreementParty). */
export interface PartyLike {
  readonly name?: unknown;
  readonly nip?: unknown;
}

/**
 * Who a personal value belongs to. An account holder is their account id; a person known only
 * by NIP (a PK's signatory without an account) gets an id derived from tenant and NIP — keyed
 * (HMAC with a secret derived from the master key), because a NIP has so little entropy (birth
 * date, appointment month, sex, sequence) that a plain hash in the log could be reversed by
 * trying them all, and would name the person after their erasure.
 */
export interface PersonIds {
  /** The person of a NIP (spaces ignored: "19800101 200501 1 001" is "198001012005011001"). */
  ofNip(tenant: string, nip: string): string;
  /** A party's person: by NIP, else by name (normalised); null when it names nobody. */
  ofParty(tenant: string, party: PartyLike): string | null;
}

const present = (value: unknown): value is string =>
  typeof value === 'string' && value.trim() !== '' && value !== ERASED;

/** RFC 9562 version 8 (custom) layout over the first 16 bytes of a digest. */
function uuidOf(digest: Buffer): string {
  const bytes = Buffer.from(digest.subarray(0, 16));
  bytes[6] = (bytes[6] & 0x0f) | 0x80;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export const normalizeNip = (nip: string): string => nip.replace(/\s+/g, '');
const normalizeName = (name: string): string => name.trim().replace(/\s+/g, ' ').toLowerCase();

export function personIds(pseudonymKey: Buffer): PersonIds {
  const derive = (tenant: string, kind: 'nip' | 'name', value: string): string =>
    uuidOf(createHmac('sha256', pseudonymKey).update(`${tenant}|${kind}|${value}`, 'utf8').digest());
  return {
    ofNip: (tenant, nip) => derive(tenant, 'nip', normalizeNip(nip)),
    ofParty(tenant, party) {
      if (present(party.nip)) return derive(tenant, 'nip', normalizeNip(party.nip));
      if (present(party.name)) return derive(tenant, 'name', normalizeName(party.name));
      return null;
    },
  };
}

/** A NIP as the erasure route accepts it in place of a person id: 18 digits. */
export const NIP_PATTERN = /^\d{18}$/;
