import { readFile } from 'node:fs/promises';
import { ImportInterrupted, ImportProblem, ImportRefused, InvalidDocument } from '@jejak/importing';
import type { CliIo, Subcommand } from './cli';
import { importAsPlatform, platformImporter } from './import-as-platform';

function listProblems(io: CliIo, code: string, detail: string, problems: readonly ImportProblem[]): void {
  io.out(JSON.stringify({ code, detail, errors: problems }, null, 2));
  io.err(`${detail}:`);
  for (const p of problems)
    io.err(`  ${p.path}  ${p.message} [${p.code}${p.command ? `, ${p.command}` : ''}]`);
}

async function readDocument(file: string, io: CliIo): Promise<{ document: unknown } | null> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    io.err(`cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  }
  try {
    return { document: JSON.parse(text) as unknown };
  } catch (error) {
    const message = `is not JSON: ${error instanceof Error ? error.message : String(error)}`;
    listProblems(io, 'IMPORT.NOT_A_DOCUMENT', `${file} is not a sakip-interchange/1 document`, [
      { path: '$', code: 'INTERCHANGE.WRONG_TYPE', message },
    ]);
    return null;
  }
}

/**
 * `import <file>`: the same use case as `POST /api/v1/imports`, as the platform administrator.
 * Prints `{ tenant, agency, fiscalYear, eventsAppended }`; on a refused document prints the
 * problem (JSON on stdout, one line per problem on stderr) and exits 1.
 */
export const importSubcommand: Subcommand = {
  usage: 'import <file.json>',
  summary: 'imports a sakip-interchange/1 document (all or nothing; again, it appends nothing)',
  async run(args, { io, app }) {
    if (args.length !== 1) {
      io.err('usage: npm run jejak -- import <file.json>');
      return 2;
    }
    const read = await readDocument(args[0], io);
    if (!read) return 1;
    const context = await app();
    try {
      const result = await importAsPlatform(context, read.document, await platformImporter(context));
      io.out(JSON.stringify(result, null, 2));
      return 0;
    } catch (error) {
      if (error instanceof InvalidDocument || error instanceof ImportRefused) {
        listProblems(io, error.code, error.message, error.problems);
        return 1;
      }
      if (error instanceof ImportInterrupted) {
        io.err(error.message);
        return 1;
      }
      throw error;
    }
  },
};
