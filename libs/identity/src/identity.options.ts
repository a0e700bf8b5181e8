/** What the identity context is configured with (from `loadConfig()` in the app). */
export interface IdentityOptions {
  readonly jwtSecret: string;
  readonly jwtTtlSeconds: number;
  /** The platform administrator made at start-up when missing (JEJAK_ADMIN_EMAIL / _PASSWORD). */
  readonly adminEmail?: string;
  readonly adminPassword?: string;
}

export const IDENTITY_OPTIONS = Symbol('IDENTITY_OPTIONS');
