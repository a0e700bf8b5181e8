import { loadConfig } from '@jejak/config';
import { NestFactory } from '@nestjs/core';
import { PinoNestLogger, createWorkerLogger } from './worker-logger';
import { WorkerModule } from './worker.module';

/** `npm run start:worker`: runs every projector until SIGTERM/SIGINT, then stops after the batch in flight. */
async function main(): Promise<void> {
  const logger = createWorkerLogger(loadConfig().logLevel);
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot({ follow: true, logger }), {
    logger: new PinoNestLogger(logger),
  });
  app.enableShutdownHooks(['SIGTERM', 'SIGINT']);
  logger.info('worker started');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
