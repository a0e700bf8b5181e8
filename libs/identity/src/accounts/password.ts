import * as argon2 from 'argon2';

/** argon2id with the library's defaults (64 MiB, 3 passes): the OWASP-recommended choice. */
export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
}

export async function passwordMatches(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

let decoy: Promise<string> | undefined;

/**
 * Spends the time of a real verification when there is no account to verify against, so a
 * wrong email and a wrong password take as long (no probing which emails exist).
 */
export async function verifyDecoy(password: string): Promise<false> {
  decoy ??= hashPassword('jejak-decoy-password');
  await passwordMatches(await decoy, password);
  return false;
}
