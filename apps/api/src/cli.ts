import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { JejakConfig, loadConfig } from '@jejak/config';
import { AppModule } from './app.module';
import { importSubcommand } from './cli-import';
import { verifySubcommand } from './cli-verify';

/** Where the CLI writes: stdout for results (JSON), stderr for people. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

export interface CliContext {
  readonly io: CliIo;
  readonly config: JejakConfig;
  /** The application without an HTTP listener, made on first use (usage errors need none). */
  app(): Promise<INestApplicationContext>;
}

/** One `npm run jejak -- <name> …` command; exit codes: 0 done, 1 refused, 2 usage. */
export interface Subcommand {
  readonly usage: string;
  readonly summary: string;
  run(args: readonly string[], context: CliContext): Promise<number>;
}

/** Every subcommand; `verify --tenant <code>` and others join here. */
export const SUBCOMMANDS: Readonly<Record<string, Subcommand>> = {
  import: importSubcommand,
  verify: verifySubcommand,
};

const consoleIo: CliIo = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};

function usage(io: CliIo): number {
  io.err('usage: npm run jejak -- <command> [arguments]\n');
  for (const command of Object.values(SUBCOMMANDS)) io.err(`  ${command.usage}\n      ${command.summary}`);
  return 2;
}

/** The application the API runs, as a context: same modules, same event store, no listener, quiet logs. */
function createContext(config: JejakConfig): Promise<INestApplicationContext> {
  return NestFactory.createApplicationContext(AppModule.forRoot({ ...config, logLevel: 'silent' }), {
    logger: ['error', 'warn'],
    abortOnError: false,
  });
}

/** Runs one subcommand and answers its exit code; the Nest context, if made, is closed after. */
export async function runCli(
  argv: readonly string[],
  io: CliIo = consoleIo,
  config = loadConfig(),
): Promise<number> {
  const [name, ...args] = argv;
  const command = name !== undefined && Object.hasOwn(SUBCOMMANDS, name) ? SUBCOMMANDS[name] : undefined;
  if (!command) {
    if (name !== undefined && name !== 'help' && name !== '--help') io.err(`unknown command: ${name}`);
    return usage(io);
  }
  let app: Promise<INestApplicationContext> | undefined;
  const context: CliContext = { io, config, app: () => (app ??= createContext(config)) };
  try {
    return await command.run(args, context);
  } finally {
    if (app) await (await app).close();
  }
}

if (require.main === module) {
  runCli(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
