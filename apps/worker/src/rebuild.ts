import { loadConfig } from '@jejak/config';
import { ProjectionRunner } from '@jejak/projections';
import { NestFactory } from '@nestjs/core';
import { PROJECTIONS } from './projections';
import { PinoNestLogger, createWorkerLogger } from './worker-logger';
import { WorkerModule } from './worker.module';

/** `npm run projections:rebuild -- <name>`: empties a read model and replays the log into it. */
async function main(name: string | undefined): Promise<number> {
  const known = PROJECTIONS.map((projection) => projection.name);
  if (!name || !known.includes(name)) {
    console.error(
      `${name ? `Unknown projection "${name}"` : 'Name a projection to rebuild'}. Known: ${known.join(', ')}`,
    );
    return 1;
  }
  const logger = createWorkerLogger(loadConfig().logLevel);
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot({ follow: false, logger }), {
    logger: new PinoNestLogger(logger),
  });
  try {
    await app.get(ProjectionRunner).rebuild(name);
    logger.info({ projector: name }, 'projection rebuilt');
    return 0;
  } finally {
    await app.close();
  }
}

main(process.argv[2]).then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
