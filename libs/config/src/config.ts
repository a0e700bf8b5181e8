/**
 * The platform's configuration, read once from the environment. Every default works on a
 * development machine with PostgreSQL and Redis on loopback (see README, "Environment").
 */
export interface JejakConfig {
  /** Owner connection: migrations and database creation run as this role. */
  readonly databaseUrl: string;
  /** The application's connection: a role that owns nothing, bound by row-level security. */
  readonly appDatabaseUrl: string;
  readonly appDatabaseRole: string;
  readonly redisUrl: string;
  /** Prefix of every BullMQ key, so that test runs and deployments sharing a Redis stay apart. */
  readonly queuePrefix: string;
  readonly port: number;
  readonly jwtSecret: string;
  readonly jwtTtlSeconds: number;
  readonly adminEmail: string;
  readonly adminPassword: string;
  readonly eventStore: 'postgres' | 'kurrentdb';
  readonly eventStoreUrl: string | undefined;
  readonly demo: boolean;
  readonly logLevel: string;
  /** SMTP connection for notification emails (`smtp://user:pass@host:587`); unset, mail goes to the log. */
  readonly smtpUrl: string | undefined;
  /** The sender of notification emails. */
  readonly mailFrom: string;
  /** Wraps the per-person data keys of personal data in events (@jejak/privacy); a secret of 32+ bytes. */
  readonly masterKey: string;
}

export const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/jejak';
export const DEFAULT_APP_ROLE = 'jejak_app';

/** The same server and database as `url`, connected as `role` (its password from `password`). */
export function withRole(url: string, role: string, password?: string): string {
  const parsed = new URL(url);
  parsed.username = role;
  parsed.password = password ?? '';
  return parsed.toString();
}

export function databaseName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, ''));
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): JejakConfig {
  const databaseUrl = env.DATABASE_URL || DEFAULT_DATABASE_URL;
  const appDatabaseRole = env.APP_DATABASE_ROLE || DEFAULT_APP_ROLE;
  const eventStore = (env.EVENT_STORE || 'postgres').toLowerCase();
  if (eventStore !== 'postgres' && eventStore !== 'kurrentdb') {
    throw new Error(`EVENT_STORE must be "postgres" or "kurrentdb", not "${env.EVENT_STORE}"`);
  }
  return {
    databaseUrl,
    appDatabaseUrl: env.APP_DATABASE_URL || withRole(databaseUrl, appDatabaseRole, env.APP_DATABASE_PASSWORD),
    appDatabaseRole,
    redisUrl: env.REDIS_URL || 'redis://127.0.0.1:6379',
    queuePrefix: env.QUEUE_PREFIX || 'jejak',
    port: Number(env.PORT || 3000),
    jwtSecret: env.JWT_SECRET || 'jejak-development-secret-change-me',
    jwtTtlSeconds: Number(env.JWT_TTL_SECONDS || 8 * 3600),
    adminEmail: env.JEJAK_ADMIN_EMAIL || 'admin@jejak.local',
    adminPassword: env.JEJAK_ADMIN_PASSWORD || 'jejak-admin',
    eventStore,
    eventStoreUrl: env.EVENTSTORE_URL || undefined,
    demo: env.JEJAK_DEMO !== '0',
    logLevel: env.LOG_LEVEL || (env.NODE_ENV === 'test' ? 'silent' : 'info'),
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM || 'Jejak <no-reply@jejak.local>',
    masterKey: env.JEJAK_MASTER_KEY || 'jejak-development-master-key-change-me',
  };
}
